/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-csv-reader.c: the RFC 4180 reader that CSV imports share: fields, quotes, line
 * endings, line numbers and the errors. */

#include "config.h"

#include <string.h>

#include "core/hk-csv-reader.h"
#include "core/hk-error.h"

/* Reads every row of @text; each as "line:field|field|…". Asserts that no error happens. */
static char *
read_all (const char *text,
          gsize       length)
{
  g_autoptr(HkCsvReader) reader = hk_csv_reader_new (text, length);
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  GStrv row;
  guint line = 0;

  while ((row = hk_csv_reader_next_row (reader, &line, &error)) != NULL)
    {
      g_autofree char *joined = g_strjoinv ("|", row);

      g_assert_cmpuint (g_strv_length (row), >=, 1);
      g_string_append_printf (out, "%u:%s\n", line, joined);
      g_strfreev (row);
    }
  g_assert_no_error (error);

  /* The end stays the end. */
  g_assert_null (hk_csv_reader_next_row (reader, &line, &error));
  g_assert_no_error (error);

  return g_string_free (out, FALSE);
}

static void
assert_rows (const char *text,
             const char *expected)
{
  g_autofree char *rows = read_all (text, strlen (text));

  g_assert_cmpstr (rows, ==, expected);
}

/* Reads @text until the error; checks its message starts with "line @line: " and holds
 * @fragment, and that the rows before it were @rows_before. */
static void
assert_error (const char *text,
              guint       error_line,
              const char *fragment,
              guint       rows_before)
{
  g_autoptr(HkCsvReader) reader = hk_csv_reader_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("line %u: ", error_line);
  GStrv row;
  guint n_rows = 0;

  while ((row = hk_csv_reader_next_row (reader, NULL, &error)) != NULL)
    {
      n_rows++;
      g_strfreev (row);
    }

  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not start with “%s” and hold “%s”", error->message, prefix, fragment);
  g_assert_cmpuint (n_rows, ==, rows_before);

  /* After an error the reader has nothing more to give. */
  g_clear_error (&error);
  g_assert_null (hk_csv_reader_next_row (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
test_simple (void)
{
  assert_rows ("code,name,category,price\nXH01,选号费,service,50.00\nSIM-PT,SIM卡,sim_card,20.00\n",
               "1:code|name|category|price\n"
               "2:XH01|选号费|service|50.00\n"
               "3:SIM-PT|SIM卡|sim_card|20.00\n");

  /* No line break after the last row. */
  assert_rows ("a,b\nc,d", "1:a|b\n2:c|d\n");

  /* Nothing at all, and only line breaks, have no rows. */
  assert_rows ("", "");
  assert_rows ("\n\r\n\n", "");
}

static void
test_empty_fields (void)
{
  assert_rows (",,\n", "1:||\n");
  assert_rows ("a,\n", "1:a|\n");
  assert_rows (",a", "1:|a\n");
  assert_rows ("a,\"\",b\n", "1:a||b\n");
  /* A lone comma at the end of the text is two empty fields. */
  assert_rows ("x\n,", "1:x\n2:|\n");
}

static void
test_line_endings (void)
{
  assert_rows ("a,b\r\nc,d\r\n", "1:a|b\n2:c|d\n");
  assert_rows ("a,b\rc,d\r", "1:a|b\n2:c|d\n");
  assert_rows ("a\r\nb\nc\rd", "1:a\n2:b\n3:c\n4:d\n");
  /* Empty lines are skipped but counted. */
  assert_rows ("a\n\nb\r\n\r\nc\n\n", "1:a\n3:b\n5:c\n");
}

static void
test_bom (void)
{
  assert_rows ("\xef\xbb\xbf" "code,name\r\nA,B\r\n", "1:code|name\n2:A|B\n");
  /* Only at the very start: a BOM inside a field is kept as it is. */
  assert_rows ("a,\xef\xbb\xbf" "b\n", "1:a|\xef\xbb\xbf" "b\n");
  assert_rows ("\xef\xbb\xbf", "");
}

static void
test_quotes (void)
{
  assert_rows ("\"SIM-PT\",\"SIM卡, 普通\",\"sim_card\"\n", "1:SIM-PT|SIM卡, 普通|sim_card\n");
  assert_rows ("\"充电器 \"\"快充\"\"\",59.00\n", "1:充电器 \"快充\"|59.00\n");
  assert_rows ("\"\"\"\"\n", "1:\"\n");
  assert_rows ("\"a,\"\"b\"\",c\",d\r\n", "1:a,\"b\",c|d\n");
  /* White space around a field is kept; it is the importer's business. */
  assert_rows (" a , b \n", "1: a | b \n");
}

static void
test_line_breaks_in_quotes (void)
{
  /* The row starts on line 2; the next one on line 5, as an editor counts them. */
  assert_rows ("h1,h2\n\"one\r\ntwo\nthree\",x\nnext,y\n",
               "1:h1|h2\n2:one\ntwo\nthree|x\n5:next|y\n");
  assert_rows ("\"a\rb\",c\r\nd\r\n", "1:a\nb|c\n3:d\n");

  /* An error after a multi-line field names the right line. */
  assert_error ("h\n\"a\nb\nc\"\nok\n\"open\n", 6, "closing quote", 3);
}

static void
test_unterminated_quote (void)
{
  assert_error ("code,name\nA,\"never closed\nB,x\n", 2, "no closing quote", 1);
  assert_error ("\"", 1, "no closing quote", 0);
  assert_error ("a\r\nb\r\n\"x\"\"", 3, "no closing quote", 2);
}

static void
test_junk_after_quote (void)
{
  assert_error ("a\n\"quoted\"junk,b\n", 2, "After a closing quote", 1);
  assert_error ("\"a\" ,b\n", 1, "After a closing quote", 0);
}

static void
test_quote_in_unquoted_field (void)
{
  assert_error ("a,b\nx,5\"screen\n", 2, "must be in quotes", 1);
  assert_error ("ab\"\n", 1, "must be in quotes", 0);
}

static void
test_not_utf8 (void)
{
  /* "选号费" in GBK, as an old spreadsheet might save it. */
  assert_error ("code,name\r\nXH01,\xd1\xa1\xba\xc5\xb7\xd1\r\n", 2, "not UTF-8", 1);
}

static void
test_nul_byte (void)
{
  const char text[] = "a,b\nc,d\0e\n";
  g_autoptr(HkCsvReader) reader = hk_csv_reader_new (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  GStrv row;

  row = hk_csv_reader_next_row (reader, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (row);
  g_strfreev (row);

  row = hk_csv_reader_next_row (reader, NULL, &error);
  g_assert_null (row);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "line 2: "));
}

static void
test_copies_text (void)
{
  char *text = g_strdup ("a,b\nc,d\n");
  g_autoptr(HkCsvReader) reader = hk_csv_reader_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) second = NULL;

  /* The caller may free the text at once. */
  memset (text, 'x', strlen (text));
  g_free (text);

  first = hk_csv_reader_next_row (reader, NULL, &error);
  second = hk_csv_reader_next_row (reader, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first[1], ==, "b");
  g_assert_cmpstr (second[0], ==, "c");
}

static void
test_prefix_error_line (void)
{
  g_autoptr(GError) error = g_error_new_literal (HK_ERROR, HK_ERROR_INVALID, "Bad price.");

  hk_csv_prefix_error_line (&error, 7);
  g_assert_cmpstr (error->message, ==, "line 7: Bad price.");
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);

  /* Nothing to prefix is fine. */
  hk_csv_prefix_error_line (NULL, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/simple", test_simple);
  g_test_add_func ("/csv-reader/empty-fields", test_empty_fields);
  g_test_add_func ("/csv-reader/line-endings", test_line_endings);
  g_test_add_func ("/csv-reader/bom", test_bom);
  g_test_add_func ("/csv-reader/quotes", test_quotes);
  g_test_add_func ("/csv-reader/line-breaks-in-quotes", test_line_breaks_in_quotes);
  g_test_add_func ("/csv-reader/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv-reader/junk-after-quote", test_junk_after_quote);
  g_test_add_func ("/csv-reader/quote-in-unquoted-field", test_quote_in_unquoted_field);
  g_test_add_func ("/csv-reader/not-utf8", test_not_utf8);
  g_test_add_func ("/csv-reader/nul-byte", test_nul_byte);
  g_test_add_func ("/csv-reader/copies-text", test_copies_text);
  g_test_add_func ("/csv-reader/prefix-error-line", test_prefix_error_line);

  return g_test_run ();
}
