/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-audit-log.c: the hash chain verifies, and every kind of later edit of the file breaks it
 * at the right entry. */

#include "config.h"

#include "core/hk-audit-log.h"
#include "core/hk-error.h"
#include "core/hk-transaction.h"
#include "hk-test-db.h"

#define N_ENTRIES 12

/* Appends entries 1..N_ENTRIES with different times, ids and texts. */
static void
append_entries (HkDatabase *database)
{
  for (int i = 1; i <= N_ENTRIES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *summary = g_strdup_printf ("开票 %d: amount %d fen", i, i * 1000);

      hk_database_set_now (database, 1700000000 + i * 37);
      g_assert_true (hk_audit_log_append (database, NULL, i % 2 ? "invoice-issued" : "note",
                                          "invoice", i * 10, summary, &error));
      g_assert_no_error (error);
    }
}

/* What someone with a SQLite shell would do before editing the log. */
static void
drop_guards (const char *path)
{
  hk_test_raw_exec (path,
                    "DROP TRIGGER audit_log_no_update;"
                    "DROP TRIGGER audit_log_no_delete;");
}

static void
assert_broken_at (HkDatabase *database,
                  gint64      expected_bad_seq)
{
  g_autoptr(GError) error = NULL;
  gint64 first_bad_seq = -1;

  g_assert_false (hk_audit_log_verify (database, NULL, &first_bad_seq, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_AUDIT_CHAIN);
  g_test_message ("verify: %s", error->message);
  g_assert_cmpint (first_bad_seq, ==, expected_bad_seq);
}

static void
test_chain_verifies (HkTestDb      *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 n_checked = -1;
  gint64 first_bad_seq = -1;

  /* An empty log verifies. */
  g_assert_true (hk_audit_log_verify (fixture->database, &n_checked, &first_bad_seq, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_checked, ==, 0);
  g_assert_cmpint (first_bad_seq, ==, 0);

  append_entries (fixture->database);

  g_assert_true (hk_audit_log_verify (fixture->database, &n_checked, &first_bad_seq, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_checked, ==, N_ENTRIES);
  g_assert_cmpint (first_bad_seq, ==, 0);

  /* Optional out arguments. */
  g_assert_true (hk_audit_log_verify (fixture->database, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The entries are numbered 1..N, each linked to the one before, the head at the last. */
  g_assert_cmpint (hk_test_query_int (fixture->database, "SELECT min(seq) FROM audit_log"),
                   ==, 1);
  g_assert_cmpint (hk_test_query_int (fixture->database, "SELECT max(seq) FROM audit_log"),
                   ==, N_ENTRIES);
  g_assert_cmpint (hk_test_query_int (fixture->database,
                                      "SELECT count(*) FROM audit_log a JOIN audit_log b"
                                      " ON b.seq = a.seq + 1 WHERE b.prev_hash = a.hash"),
                   ==, N_ENTRIES - 1);
  g_assert_cmpint (hk_test_query_int (fixture->database, "SELECT seq FROM audit_head"),
                   ==, N_ENTRIES);
  g_assert_cmpint (hk_test_query_int (fixture->database,
                                      "SELECT count(*) FROM audit_head h JOIN audit_log l"
                                      " ON l.seq = h.seq WHERE l.hash = h.hash"), ==, 1);
  g_assert_cmpint (hk_test_query_int (fixture->database,
                                      "SELECT at FROM audit_log WHERE seq = 3"),
                   ==, 1700000000 + 3 * 37);

  /* It still verifies after closing and opening again. */
  g_clear_object (&fixture->database);
  fixture->database = hk_database_open (fixture->path, &error);
  g_assert_no_error (error);
  hk_test_assert_audit_ok (fixture->database);
}

static void
test_tampered_entry (HkTestDb      *fixture,
                     gconstpointer  data)
{
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path,
                    "UPDATE audit_log SET summary = '开票 5: amount 50 fen' WHERE seq = 5");

  assert_broken_at (fixture->database, 5);
}

static void
test_tampered_field (HkTestDb      *fixture,
                     gconstpointer  data)
{
  /* Every hashed field counts, not only the summary. */
  const char *edits[] = {
    "UPDATE audit_log SET at = at + 1 WHERE seq = 7",
    "UPDATE audit_log SET operator_login = 'admin' WHERE seq = 7",
    "UPDATE audit_log SET action = 'note' WHERE seq = 7",
    "UPDATE audit_log SET entity = 'operator' WHERE seq = 7",
    "UPDATE audit_log SET entity_id = 71 WHERE seq = 7",
  };

  append_entries (fixture->database);
  drop_guards (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      {
        sqlite3 *handle = hk_test_raw_open (fixture->path);

        g_assert_cmpint (sqlite3_exec (handle, edits[i], NULL, NULL, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_changes (handle), ==, 1);
        sqlite3_close (handle);
      }

      g_test_message ("edit: %s", edits[i]);
      assert_broken_at (fixture->database, 7);

      /* Start the next edit from a fresh, whole chain. */
      hk_test_db_teardown (fixture, NULL);
      hk_test_db_setup (fixture, NULL);
      append_entries (fixture->database);
      drop_guards (fixture->path);
      hk_test_assert_audit_ok (fixture->database);
    }
}

static void
test_tampered_hash_recomputed_without_key (HkTestDb      *fixture,
                                           gconstpointer  data)
{
  /* Someone edits entry 4 and also writes a made-up hash for it: entry 5 no longer follows. */
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path,
                    "UPDATE audit_log SET summary = 'nothing happened',"
                    " hash = '1111111111111111111111111111111111111111111111111111111111111111'"
                    " WHERE seq = 4");

  assert_broken_at (fixture->database, 4);
}

/* The hash of an entry as hk-audit-log.c computes it; anyone can read that code. */
static char *
entry_hash (sqlite3 *handle,
            gint64   seq)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *numbers = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT at, entity_id, operator_login, action, entity,"
                                       " summary, prev_hash FROM audit_log WHERE seq = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, seq);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  numbers = g_strdup_printf ("%lld\x1f%lld\x1f%lld\x1f", (long long)seq,
                             (long long)sqlite3_column_int64 (stmt, 0),
                             (long long)sqlite3_column_int64 (stmt, 1));
  g_checksum_update (checksum, (const guchar *)numbers, -1);
  for (int column = 2; column <= 6; column++)
    {
      if (column > 2)
        g_checksum_update (checksum, (const guchar *)"\x1f", 1);
      g_checksum_update (checksum, sqlite3_column_text (stmt, column), -1);
    }
  sqlite3_finalize (stmt);

  return g_strdup (g_checksum_get_string (checksum));
}

static void
rehash_entry (const char *path,
              gint64      seq)
{
  sqlite3 *handle = hk_test_raw_open (path);
  g_autofree char *hash = entry_hash (handle, seq);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "UPDATE audit_log SET hash = ?1 WHERE seq = ?2",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, seq);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (handle), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
}

static void
test_tampered_hash_recomputed (HkTestDb      *fixture,
                               gconstpointer  data)
{
  append_entries (fixture->database);
  drop_guards (fixture->path);

  /* The recomputation agrees with the log's own hashes before anything is changed... */
  rehash_entry (fixture->path, 4);
  hk_test_assert_audit_ok (fixture->database);

  /* ...so entry 4, edited and given its correct new hash, checks out by itself: the break
   * shows at entry 5, which still carries the old hash as its predecessor's. */
  hk_test_raw_exec (fixture->path,
                    "UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 4");
  rehash_entry (fixture->path, 4);

  assert_broken_at (fixture->database, 5);
}

static void
test_deleted_middle (HkTestDb      *fixture,
                     gconstpointer  data)
{
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path, "DELETE FROM audit_log WHERE seq = 6");

  assert_broken_at (fixture->database, 6);
}

static void
test_deleted_middle_renumbered (HkTestDb      *fixture,
                                gconstpointer  data)
{
  /* Entry 6 deleted and the later ones renumbered to close the gap, head adjusted to match:
   * entry 7, now numbered 6, does not follow entry 5. */
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path,
                    "DELETE FROM audit_log WHERE seq = 6;"
                    "UPDATE audit_log SET seq = -seq WHERE seq > 6;"
                    "UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0;"
                    "UPDATE audit_head SET seq = seq - 1;");

  assert_broken_at (fixture->database, 6);
}

static void
test_deleted_first (HkTestDb      *fixture,
                    gconstpointer  data)
{
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path, "DELETE FROM audit_log WHERE seq = 1");

  assert_broken_at (fixture->database, 1);
}

static void
test_deleted_last (HkTestDb      *fixture,
                   gconstpointer  data)
{
  /* The entries left form a perfect chain; only the head shows that one is gone. */
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path, "DELETE FROM audit_log WHERE seq = 12");

  assert_broken_at (fixture->database, N_ENTRIES);
}

static void
test_deleted_last_head_renumbered (HkTestDb      *fixture,
                                   gconstpointer  data)
{
  /* The last two entries deleted and the head's number moved back to match; its hash still
   * names the real last entry. */
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path,
                    "DELETE FROM audit_log WHERE seq >= 11;"
                    "UPDATE audit_head SET seq = 10;");

  assert_broken_at (fixture->database, N_ENTRIES - 1);
}

static void
test_deleted_all (HkTestDb      *fixture,
                  gconstpointer  data)
{
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path, "DELETE FROM audit_log");

  assert_broken_at (fixture->database, 1);
}

static void
test_lost_head (HkTestDb      *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  append_entries (fixture->database);
  hk_test_raw_exec (fixture->path, "DELETE FROM audit_head");

  assert_broken_at (fixture->database, N_ENTRIES + 1);

  /* Nothing more can be appended to a log without its head. */
  g_assert_false (hk_audit_log_append (fixture->database, NULL, "note", "settings", 0, "x",
                                       &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);
  g_assert_false (hk_database_in_transaction (fixture->database));
}

static void
test_reordered_pair (HkTestDb      *fixture,
                     gconstpointer  data)
{
  /* Entries 8 and 9 swap their numbers. */
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path,
                    "UPDATE audit_log SET seq = -1 WHERE seq = 8;"
                    "UPDATE audit_log SET seq = 8 WHERE seq = 9;"
                    "UPDATE audit_log SET seq = 9 WHERE seq = -1;");

  assert_broken_at (fixture->database, 8);
}

static void
test_reordered_contents (HkTestDb      *fixture,
                         gconstpointer  data)
{
  /* Entries 3 and 4 keep their numbers and links but swap what they say. */
  append_entries (fixture->database);
  drop_guards (fixture->path);

  hk_test_raw_exec (fixture->path,
                    "CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE seq IN (3, 4);"
                    "UPDATE audit_log SET"
                    "  at = (SELECT at FROM saved WHERE seq = 7 - audit_log.seq),"
                    "  action = (SELECT action FROM saved WHERE seq = 7 - audit_log.seq),"
                    "  entity_id = (SELECT entity_id FROM saved WHERE seq = 7 - audit_log.seq),"
                    "  summary = (SELECT summary FROM saved WHERE seq = 7 - audit_log.seq)"
                    " WHERE seq IN (3, 4);");
  g_assert_cmpint (hk_test_query_int (fixture->database,
                                      "SELECT entity_id FROM audit_log WHERE seq = 3"), ==, 40);

  assert_broken_at (fixture->database, 3);
}

static void
test_triggers_refuse (HkTestDb      *fixture,
                      gconstpointer  data)
{
  const char *statements[] = {
    "UPDATE audit_log SET summary = 'edited' WHERE seq = 2",
    "UPDATE audit_log SET seq = seq + 100",
    "DELETE FROM audit_log WHERE seq = 2",
    "DELETE FROM audit_log",
  };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  append_entries (fixture->database);
  before = hk_test_dump_rows (hk_database_get_handle (fixture->database));

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hk_database_exec (fixture->database, statements[i], &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
      g_assert_nonnull (strstr (error->message, "append-only"));
    }

  /* Not even inside a transaction. */
  {
    g_autoptr(HkTransaction) tx = NULL;
    g_autoptr(GError) error = NULL;

    tx = hk_transaction_begin (fixture->database, &error);
    g_assert_no_error (error);
    g_assert_false (hk_database_exec (fixture->database, statements[0], &error));
    g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
    g_clear_error (&error);
    g_assert_true (hk_transaction_commit (tx, &error));
    g_assert_no_error (error);
  }

  after = hk_test_dump_rows (hk_database_get_handle (fixture->database));
  g_assert_cmpstr (after, ==, before);
  hk_test_assert_audit_ok (fixture->database);
}

static void
test_rolled_back_entry (HkTestDb      *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *head_hash = NULL;
  g_autofree char *head_hash_after = NULL;
  gint64 n_checked = 0;

  append_entries (fixture->database);
  head_hash = hk_test_query_text (fixture->database, "SELECT hash FROM audit_head");

  {
    g_autoptr(HkTransaction) tx = hk_transaction_begin (fixture->database, &error);

    g_assert_no_error (error);
    g_assert_true (hk_audit_log_append (fixture->database, NULL, "rolled-back", "settings", 0,
                                        "never saved", &error));
    g_assert_no_error (error);
    g_assert_cmpint (hk_test_count_audit (fixture->database, "rolled-back"), ==, 1);
    /* Dropped without commit. */
  }

  g_assert_cmpint (hk_test_count_audit (fixture->database, "rolled-back"), ==, 0);
  g_assert_cmpint (hk_test_count_audit (fixture->database, NULL), ==, N_ENTRIES);
  g_assert_cmpint (hk_test_query_int (fixture->database, "SELECT seq FROM audit_head"), ==,
                   N_ENTRIES);
  head_hash_after = hk_test_query_text (fixture->database, "SELECT hash FROM audit_head");
  g_assert_cmpstr (head_hash_after, ==, head_hash);
  hk_test_assert_audit_ok (fixture->database);

  /* The next entry takes the number the rolled-back one had, and the chain goes on. */
  g_assert_true (hk_audit_log_append (fixture->database, NULL, "after", "settings", 0, "saved",
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpint (hk_test_query_int (fixture->database,
                                      "SELECT seq FROM audit_log WHERE action = 'after'"), ==,
                   N_ENTRIES + 1);
  g_assert_true (hk_audit_log_verify (fixture->database, &n_checked, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_checked, ==, N_ENTRIES + 1);
}

static void
test_actor_recorded (HkTestDb      *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkOperator) actor = NULL;
  g_autoptr(HkStatement) stmt = NULL;

  hk_database_exec (fixture->database,
                    "INSERT INTO operators (id, login, display_name, password_hash, created_at)"
                    " VALUES (7, 'zhangli', '张丽', 'x', 0)", &error);
  g_assert_no_error (error);
  actor = g_object_new (HK_TYPE_OPERATOR, "id", (gint64)7, "login", "zhangli",
                        "display-name", "张丽", "active", TRUE, "roles", HK_ROLE_CLERK, NULL);

  hk_database_set_now (fixture->database, 1700001234);
  g_assert_true (hk_audit_log_append (fixture->database, actor, "invoice-issued", "invoice", 99,
                                      "issued", &error));
  g_assert_no_error (error);
  g_assert_true (hk_audit_log_append (fixture->database, NULL, "system", "settings", 0,
                                      "by the system", &error));
  g_assert_no_error (error);

  stmt = hk_database_prepare (fixture->database,
                              "SELECT at, operator_id, operator_login, action, entity, entity_id,"
                              " summary FROM audit_log ORDER BY seq", &error);
  g_assert_no_error (error);

  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_cmpint (hk_statement_get_int64 (stmt, 0), ==, 1700001234);
  g_assert_cmpint (hk_statement_get_int64 (stmt, 1), ==, 7);
  g_assert_cmpstr (hk_statement_get_text (stmt, 2), ==, "zhangli");
  g_assert_cmpstr (hk_statement_get_text (stmt, 3), ==, "invoice-issued");
  g_assert_cmpstr (hk_statement_get_text (stmt, 4), ==, "invoice");
  g_assert_cmpint (hk_statement_get_int64 (stmt, 5), ==, 99);
  g_assert_cmpstr (hk_statement_get_text (stmt, 6), ==, "issued");

  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_true (hk_statement_is_null (stmt, 1));
  g_assert_cmpstr (hk_statement_get_text (stmt, 2), ==, "");

  g_assert_false (hk_statement_step (stmt, &error));
  g_assert_no_error (error);
  hk_test_assert_audit_ok (fixture->database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, HkTestDb, NULL, hk_test_db_setup, func, hk_test_db_teardown)

  ADD ("/audit-log/chain-verifies", test_chain_verifies);
  ADD ("/audit-log/actor-recorded", test_actor_recorded);
  ADD ("/audit-log/tampered/summary", test_tampered_entry);
  ADD ("/audit-log/tampered/every-field", test_tampered_field);
  ADD ("/audit-log/tampered/made-up-hash", test_tampered_hash_recomputed_without_key);
  ADD ("/audit-log/tampered/hash-recomputed", test_tampered_hash_recomputed);
  ADD ("/audit-log/deleted/middle", test_deleted_middle);
  ADD ("/audit-log/deleted/middle-renumbered", test_deleted_middle_renumbered);
  ADD ("/audit-log/deleted/first", test_deleted_first);
  ADD ("/audit-log/deleted/last", test_deleted_last);
  ADD ("/audit-log/deleted/last-head-renumbered", test_deleted_last_head_renumbered);
  ADD ("/audit-log/deleted/all", test_deleted_all);
  ADD ("/audit-log/deleted/head", test_lost_head);
  ADD ("/audit-log/reordered/pair", test_reordered_pair);
  ADD ("/audit-log/reordered/contents", test_reordered_contents);
  ADD ("/audit-log/triggers-refuse", test_triggers_refuse);
  ADD ("/audit-log/rolled-back-entry", test_rolled_back_entry);

#undef ADD

  return g_test_run ();
}
