/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-archive.c: the demonstration hall's archive: a few hundred customer files, months of
 * access requests in every state, releases and returns, and the re-check register.
 *
 * Everything goes through the archive's stores, as the archivist (zhouqing), the approvers
 * (liqiang, zhengwei) and the people who ask (the complaint officers, the auditor, a clerk)
 * would, with the clock moved through each day of the cash desk's span. A seeded generator makes
 * every demo the same. The last days leave the approvals inbox full: requests waiting for
 * approval, approved ones waiting for release (one on a paper slip), a file out within its
 * window, and one overdue for days.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-database-private.h"
#include "hk-demo-private.h"
#include "hk-error.h"
#include "hk-transaction.h"

#define SEED 20261012
#define N_INVENTORY 180
#define RECHECKS_PER_DAY 4
#define HOUR (60 * 60)
#define DAY (24 * HOUR)

static const char *surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
  "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
};

static const char *given_names[] = {
  "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
  "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "晓东", "海燕", "志强", "丹",
  "玉兰", "文博", "子涵", "雨萱", "浩然", "思远", "佳怡", "俊杰",
};

static const char *areas[] = {
  "330106", "330102", "330105", "330108", "330110", "330183", "330782", "330302", "340104",
  "360102", "410105", "420106", "510107", "430104",
};

static const struct
{
  HkAccessPurpose  purpose;
  const char      *note;
} purposes[] = {
  { HK_ACCESS_PURPOSE_COMPLAINT, "客户投诉未经本人同意办理套餐变更，核对签字" },
  { HK_ACCESS_PURPOSE_COMPLAINT, "投诉过户手续不全，调阅过户申请表" },
  { HK_ACCESS_PURPOSE_COMPLAINT, "客户否认开户，核对身份证复印件" },
  { HK_ACCESS_PURPOSE_AUDIT, "季度业务稽核抽查" },
  { HK_ACCESS_PURPOSE_AUDIT, "实名制登记专项检查" },
  { HK_ACCESS_PURPOSE_COURT_OR_POLICE, "公安机关协查函（杭公协字第 112 号）" },
  { HK_ACCESS_PURPOSE_COURT_OR_POLICE, "法院调查令，调取销户资料" },
  { HK_ACCESS_PURPOSE_CUSTOMER_REQUEST, "客户本人申请查阅开户资料" },
  { HK_ACCESS_PURPOSE_DATA_CORRECTION, "复核发现证件号码有误，调阅原件更正" },
};

static const struct
{
  HkRecheckField  field;
  const char     *error;
  const char     *cause;
  const char     *correction;
} errors[] = {
  { HK_RECHECK_ID_NUMBER, "证件号码第 15 位录入错误", "营业员录入时看错", "按身份证原件在业务平台更正" },
  { HK_RECHECK_PHONE, "联系电话少录一位", "录入疏忽", "回访客户确认后更正" },
  { HK_RECHECK_CUSTOMER_NAME, "客户姓名同音字错误", "客户口述，未核对证件", "按证件更正姓名" },
  { HK_RECHECK_SIGNATURE, "业务受理单缺客户签字", "受理时未提醒客户签字", "约客户到厅补签" },
  { HK_RECHECK_DOCUMENTS, "缺身份证复印件", "复印后未归入档案袋", "从当日资料中找回归档" },
  { HK_RECHECK_SERVICE_NUMBERS, "服务号码与业务单不符", "多号码办理时串号", "核对业务平台后更正" },
  { HK_RECHECK_LOCATION, "档案放错盒", "归档时未核对盒号", "移回正确位置" },
  { HK_RECHECK_FILE_KIND, "档案类型登记为开户，实为过户", "登记时选错类型", "更正档案类型" },
};

/* How often each error is found, in the order of errors[]. */
static const guint error_weights[] = { 6, 5, 3, 4, 3, 2, 2, 1 };

typedef struct
{
  HkContext            *context;
  HkDatabase           *database;
  HkCustomerFileStore  *files;
  HkAccessRequestStore *requests;
  HkRecheckStore       *rechecks;
  GRand                *rand;
  HkOperator           *archivist;
  HkOperator           *approvers[2];
  HkOperator           *askers[5];
  GArray               *file_ids;     /* every file registered */
  GHashTable           *busy;         /* files out or gone, not to be asked for */
  guint                 n_files;
  guint                 n_slips;
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_object (&demo->archivist);
  for (guint i = 0; i < G_N_ELEMENTS (demo->approvers); i++)
    g_clear_object (&demo->approvers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (demo->askers); i++)
    g_clear_object (&demo->askers[i]);
  g_clear_pointer (&demo->file_ids, g_array_unref);
  g_clear_pointer (&demo->busy, g_hash_table_unref);
}

static gint64
at (gint64 day_start,
    int    hours,
    int    minutes)
{
  return day_start + hours * HOUR + minutes * 60;
}

static void
set_now (Demo   *demo,
         gint64  when)
{
  hk_database_set_now (demo->database, when);
}

static const char *
pick (Demo               *demo,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (demo->rand, 0, (gint32)n)];
}

#define PICK(demo, list) pick ((demo), (const char * const *)(list), G_N_ELEMENTS (list))

/* A resident identity number born between 1950 and 2004, with its check digit. */
static char *
make_id_number (Demo *demo)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char check_digits[] = "10X98765432";
  int year = g_rand_int_range (demo->rand, 1950, 2005);
  int month = g_rand_int_range (demo->rand, 1, 13);
  int mday = g_rand_int_range (demo->rand, 1, g_date_get_days_in_month (month, year) + 1);
  g_autofree char *body = NULL;
  int sum = 0;

  body = g_strdup_printf ("%s%04d%02d%02d%03d", PICK (demo, areas), year, month, mday,
                          g_rand_int_range (demo->rand, 1, 1000));
  for (guint i = 0; i < 17; i++)
    sum += (body[i] - '0') * weights[i];

  return g_strdup_printf ("%s%c", body, check_digits[sum % 11]);
}

static char *
make_mobile (Demo *demo)
{
  static const char *prefixes[] = { "134", "135", "136", "137", "138", "139", "147", "150",
                                    "151", "152", "157", "158", "159", "178", "182", "183",
                                    "187", "188", "198" };

  return g_strdup_printf ("%s%08d", PICK (demo, prefixes),
                          g_rand_int_range (demo->rand, 0, 100000000));
}

/* Registers one file received on @received_on, kept @years years. */
static gboolean
register_file (Demo        *demo,
               const char  *received_on,
               int          years,
               GError     **error)
{
  g_autoptr(HkCustomerFile) file = NULL;
  g_autofree char *file_no = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *number = NULL;
  g_autofree char *second = NULL;
  g_autofree char *retain_until = NULL;
  g_autofree char *shelf = NULL;
  g_autofree char *box = NULL;
  const char *numbers[3] = { NULL };
  HkCustomerFileInput input = { 0 };
  int roll = g_rand_int_range (demo->rand, 0, 100);
  gint64 id;

  demo->n_files++;
  file_no = g_strdup_printf ("DA-%.4s-%05u", received_on, demo->n_files);
  name = g_strconcat (PICK (demo, surnames), PICK (demo, given_names), NULL);
  id_number = make_id_number (demo);
  phone = g_rand_int_range (demo->rand, 0, 10) < 8 ? make_mobile (demo) : NULL;
  number = make_mobile (demo);
  numbers[0] = number;
  if (g_rand_int_range (demo->rand, 0, 6) == 0)
    numbers[1] = second = make_mobile (demo);
  retain_until = g_strdup_printf ("%04d%s", (int)g_ascii_strtoll (received_on, NULL, 10) + years,
                                  received_on + 4);
  /* 29 February, kept five years, is kept until 1 March. */
  if (g_str_has_suffix (retain_until, "-02-29"))
    memcpy (retain_until + 5, "03-01", 5);
  shelf = g_strdup_printf ("%02d", g_rand_int_range (demo->rand, 1, 7));
  box = g_strdup_printf ("%02d", g_rand_int_range (demo->rand, 1, 21));

  input.file_no = file_no;
  input.customer_name = name;
  input.id_number = id_number;
  input.phone = phone;
  input.service_numbers = numbers;
  input.kind = roll < 45 ? HK_FILE_KIND_ACCOUNT_OPENING
               : roll < 65 ? HK_FILE_KIND_REAL_NAME
               : roll < 77 ? HK_FILE_KIND_PLAN_CHANGE
               : roll < 88 ? HK_FILE_KIND_TRANSFER
               : roll < 96 ? HK_FILE_KIND_CANCELLATION
               : HK_FILE_KIND_OTHER;
  input.cabinet = (const char *[]) { "A", "B", "C", "D", "E", "F" }[g_rand_int_range (demo->rand,
                                                                                     0, 6)];
  input.shelf = shelf;
  input.box = box;
  input.received_on = received_on;
  input.retain_until = retain_until;

  if (!(file = hk_customer_file_store_register (demo->files, demo->archivist, &input, error)))
    return FALSE;

  id = hk_customer_file_get_id (file);
  g_array_append_val (demo->file_ids, id);

  return TRUE;
}

/* The files kept since before the first day: received over the last seven years, some of
 * whose five years of retention are over. */
static gboolean
register_inventory (Demo    *demo,
                    gint64   first_day_start,
                    GError **error)
{
  for (guint i = 0; i < N_INVENTORY; i++)
    {
      g_autoptr(GDateTime) first = g_date_time_new_from_unix_utc (first_day_start + 12 * HOUR);
      g_autoptr(GDateTime) received = NULL;
      g_autofree char *day = NULL;

      received = g_date_time_add_days (first, -(int)(30 + (N_INVENTORY - i) * 13));
      day = g_date_time_format (received, "%Y-%m-%d");

      set_now (demo, at (first_day_start, -8, (int)i % 60));
      if (!register_file (demo, day, 5, error))
        return FALSE;
    }

  return TRUE;
}

/* A file nobody holds: in the archive, not asked for at the end. */
static gint64
pick_free_file (Demo *demo)
{
  for (guint tries = 0; tries < 100; tries++)
    {
      gint64 id = g_array_index (demo->file_ids, gint64,
                                 g_rand_int_range (demo->rand, 0, (gint32)demo->file_ids->len));

      if (!g_hash_table_contains (demo->busy, &id))
        return id;
    }

  return 0;
}

static void
hold (Demo   *demo,
      gint64  file_id)
{
  g_hash_table_add (demo->busy, g_memdup2 (&file_id, sizeof file_id));
}

/* An approver who is neither the requester nor the designated person. */
static HkOperator *
pick_approver (Demo       *demo,
               HkOperator *requester,
               HkOperator *designated)
{
  guint start = (guint)g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (demo->approvers));

  for (guint i = 0; i < G_N_ELEMENTS (demo->approvers); i++)
    {
      HkOperator *approver = demo->approvers[(start + i) % G_N_ELEMENTS (demo->approvers)];

      if (hk_operator_get_id (approver) != hk_operator_get_id (requester) &&
          hk_operator_get_id (approver) != hk_operator_get_id (designated))
        return approver;
    }

  return NULL;
}

static HkAccessRequest *
ask (Demo        *demo,
     gint64       when,
     HkOperator  *requester,
     HkOperator  *designated,
     guint        n_files,
     gint64       window_from,
     gint64       window_until,
     GError     **error)
{
  gint64 ids[3] = { 0 };
  guint n = 0;
  guint which = (guint)g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (purposes));
  HkAccessRequestInput input = { 0 };

  for (guint i = 0; i < n_files && i < G_N_ELEMENTS (ids); i++)
    {
      gint64 id = pick_free_file (demo);
      gboolean seen = id == 0;

      for (guint j = 0; j < n && !seen; j++)
        seen = ids[j] == id;
      if (!seen)
        ids[n++] = id;
    }

  input.file_ids = ids;
  input.n_files = n;
  input.designated_id = hk_operator_get_id (designated);
  input.purpose = purposes[which].purpose;
  input.purpose_note = purposes[which].note;
  input.window_from = window_from;
  input.window_until = window_until;

  set_now (demo, when);

  return hk_access_request_store_create (demo->requests, requester, &input, error);
}

static HkAccessRequest *
record_slip (Demo            *demo,
             gint64           when,
             HkAccessRequest *request,
             GError         **error)
{
  g_autofree char *slip_no = NULL;
  g_autofree char *date = NULL;
  HkPaperApproval paper = { "钱卫东", "市公司客服部经理", NULL, NULL, "传真件已归档" };

  demo->n_slips++;
  set_now (demo, when);
  date = hk_hall_store_format_day (hk_context_get_hall_store (demo->context), when);
  slip_no = g_strdup_printf ("SP-%.4s-%04u", date, 40 + demo->n_slips);
  paper.slip_no = slip_no;
  paper.slip_date = date;

  return hk_access_request_store_record_paper_approval (demo->requests, demo->archivist, request,
                                                        &paper, error);
}

/* Releases the files of @request at @when, after the archivist opened each one's page; the
 * designated person looks at the identity data of the first, sometimes; with @return_at, the
 * files come back then, with what was consulted. */
static gboolean
consult (Demo             *demo,
         HkAccessRequest  *request,
         HkOperator       *designated,
         gint64            when,
         gint64            return_at,
         GError          **error)
{
  g_autoptr(GPtrArray) consultations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HkCustomerFile) first = NULL;

  for (guint i = 0; i < hk_access_request_get_n_files (request); i++)
    {
      g_autoptr(HkCustomerFile) viewed = NULL;
      HkConsultation *consultation;
      gint64 file_id = hk_access_request_get_file_id (request, i);

      set_now (demo, when + i * 120);
      if (!(viewed = hk_customer_file_store_view (demo->files, demo->archivist, file_id, error)) ||
          !(consultation = hk_access_request_store_release (demo->requests, demo->archivist,
                                                            request, file_id, error)))
        return FALSE;

      g_ptr_array_add (consultations, consultation);
      if (first == NULL)
        first = g_steal_pointer (&viewed);
      if (return_at == 0)
        hold (demo, file_id);
    }

  if (first != NULL && g_rand_boolean (demo->rand))
    {
      g_autoptr(HkCustomerIdentity) identity = NULL;

      set_now (demo, when + 20 * 60);
      if (!(identity = hk_customer_file_store_reveal_identity (demo->files, first, designated,
                                                               error)))
        return FALSE;
    }

  for (guint i = 0; return_at != 0 && i < consultations->len; i++)
    {
      g_autoptr(HkConsultation) returned = NULL;

      set_now (demo, return_at + i * 60);
      if (!(returned = hk_access_request_store_return_file (
                         demo->requests, demo->archivist, g_ptr_array_index (consultations, i),
                         g_rand_boolean (demo->rand) ? "业务受理单及客户签字页"
                                                     : "身份证复印件及开户协议",
                         (guint)g_rand_int_range (demo->rand, 0, 3), error)))
        return FALSE;
    }

  return TRUE;
}

/* One ordinary day's request: asked in the morning, decided within the hour, consulted and
 * returned the same afternoon. Some are rejected, a few never decided, a few approved on
 * paper. */
static gboolean
request_day (Demo     *demo,
             gint64    day_start,
             guint     slot,
             GError  **error)
{
  HkOperator *requester = demo->askers[g_rand_int_range (demo->rand, 0,
                                                         G_N_ELEMENTS (demo->askers))];
  HkOperator *designated = g_rand_int_range (demo->rand, 0, 4) == 0
                           ? demo->askers[g_rand_int_range (demo->rand, 0,
                                                            G_N_ELEMENTS (demo->askers))]
                           : requester;
  HkOperator *approver = pick_approver (demo, requester, designated);
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) decided = NULL;
  int roll = g_rand_int_range (demo->rand, 0, 100);
  /* The morning's request is back before noon, the afternoon's before the end of the day. */
  int hour = slot == 0 ? 8 : 12;

  if (!(request = ask (demo, at (day_start, hour, 40), requester, designated,
                       g_rand_int_range (demo->rand, 0, 5) == 0 ? 2 : 1,
                       at (day_start, hour + 1, 0), at (day_start, 17, 30), error)))
    return FALSE;

  /* Nobody decided in time: it expired with its window. */
  if (roll < 5 || approver == NULL)
    return TRUE;

  if (roll < 14)
    {
      set_now (demo, at (day_start, hour + 1, 5));
      decided = hk_access_request_store_reject (demo->requests, approver, request,
                                                "用途与调阅范围不符，请补充说明后重新申请",
                                                error);
      return decided != NULL;
    }

  if (roll < 22)
    decided = record_slip (demo, at (day_start, hour, 55), request, error);
  else
    {
      set_now (demo, at (day_start, hour, 50 + g_rand_int_range (demo->rand, 0, 10)));
      decided = hk_access_request_store_approve (demo->requests, approver, request,
                                                 roll < 60 ? "同意，限本人查阅" : NULL, error);
    }
  if (decided == NULL)
    return FALSE;

  /* Approved, but the consultation was called off: the approval expired. */
  if (roll >= 22 && roll < 25)
    return TRUE;

  return consult (demo, decided, designated, at (day_start, hour + 1, 10),
                  at (day_start, hour + 2 + g_rand_int_range (demo->rand, 0, 2), 30), error);
}

static gboolean
recheck_day (Demo     *demo,
             gint64    day_start,
             GError  **error)
{
  guint total_weight = 0;

  for (guint i = 0; i < G_N_ELEMENTS (error_weights); i++)
    total_weight += error_weights[i];

  for (guint i = 0; i < RECHECKS_PER_DAY; i++)
    {
      g_autoptr(HkRecheck) recheck = NULL;
      HkRecheckInput input = { 0 };

      input.file_id = pick_free_file (demo);

      if (g_rand_int_range (demo->rand, 0, 100) < 9)
        {
          guint ticket = (guint)g_rand_int_range (demo->rand, 0, (gint32)total_weight);
          guint e = 0;

          while (ticket >= error_weights[e])
            ticket -= error_weights[e++];

          input.field = errors[e].field;
          input.error_found = TRUE;
          input.error = errors[e].error;
          input.cause = errors[e].cause;
          input.correction = errors[e].correction;
        }
      else
        input.field = (HkRecheckField)g_rand_int_range (demo->rand, 0, HK_RECHECK_LOCATION + 1);

      set_now (demo, at (day_start, 17, 10 * (int)i));
      if (!(recheck = hk_recheck_store_record (demo->rechecks, demo->archivist, &input, error)))
        return FALSE;
    }

  return TRUE;
}

/* On the first of a month the supervisor reads the last month's access log, and exports it. */
static gboolean
review_month (Demo     *demo,
              gint64    day_start,
              GError  **error)
{
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_utc (day_start + 12 * HOUR);
  g_autoptr(GDateTime) last_month = g_date_time_add_months (today, -1);
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *month = g_date_time_format (last_month, "%Y-%m");
  g_autofree char *path = g_strdup_printf ("档案调阅记录-%s.xlsx", month);
  HkAccessLogQuery query = { 0 };

  query.until = day_start;
  query.from = day_start - g_date_get_days_in_month (g_date_time_get_month (last_month),
                                                     g_date_time_get_year (last_month)) * DAY;

  set_now (demo, at (day_start, 8, 0));
  if (!(entries = hk_customer_file_store_read_access_log (demo->files, demo->approvers[0],
                                                          &query, error)))
    return FALSE;

  set_now (demo, at (day_start, 8, 5));
  return hk_customer_file_store_record_export (demo->files, demo->approvers[0], "access log",
                                               month, path, error);
}

/* Yesterday's requests fill the inbox for today and the next days. */
static gboolean
last_day (Demo     *demo,
          gint64    day_start,
          GError  **error)
{
  gint64 today = day_start + DAY;
  g_autoptr(HkAccessRequest) pending = NULL;
  g_autoptr(HkAccessRequest) audit = NULL;
  g_autoptr(HkAccessRequest) waiting = NULL;
  g_autoptr(HkAccessRequest) waiting_approved = NULL;
  g_autoptr(HkAccessRequest) on_paper = NULL;
  g_autoptr(HkAccessRequest) on_paper_approved = NULL;
  g_autoptr(HkAccessRequest) out = NULL;
  g_autoptr(HkAccessRequest) out_approved = NULL;

  /* Out within its window: released yesterday, back tomorrow. */
  if (!(out = ask (demo, at (day_start, 9, 0), demo->askers[0], demo->askers[0], 1,
                   at (day_start, 9, 30), at (today + DAY, 17, 30), error)))
    return FALSE;
  set_now (demo, at (day_start, 9, 20));
  if (!(out_approved = hk_access_request_store_approve (demo->requests, demo->approvers[0], out,
                                                        "同意", error)) ||
      !consult (demo, out_approved, demo->askers[0], at (day_start, 10, 0), 0, error))
    return FALSE;

  /* Approved, to be released from today on. */
  if (!(waiting = ask (demo, at (day_start, 11, 0), demo->askers[2], demo->askers[2], 1,
                       at (today, 9, 0), at (today + DAY, 17, 30), error)))
    return FALSE;
  set_now (demo, at (day_start, 11, 30));
  if (!(waiting_approved = hk_access_request_store_approve (demo->requests, demo->approvers[1],
                                                            waiting, NULL, error)))
    return FALSE;

  /* Approved on a slip from the city company, not fetched yet. */
  if (!(on_paper = ask (demo, at (day_start, 13, 30), demo->askers[1], demo->askers[1], 2,
                        at (day_start, 14, 0), at (today + 2 * DAY, 17, 0), error)) ||
      !(on_paper_approved = record_slip (demo, at (day_start, 15, 0), on_paper, error)))
    return FALSE;

  /* Waiting for a superior. */
  if (!(pending = ask (demo, at (day_start, 16, 0), demo->askers[0], demo->askers[3], 1,
                       at (today, 9, 0), at (today + DAY, 18, 0), error)) ||
      !(audit = ask (demo, at (day_start, 16, 30), demo->askers[1], demo->askers[1], 3,
                     at (today, 9, 0), at (today + 3 * DAY, 17, 30), error)))
    return FALSE;

  return TRUE;
}

static gboolean
look_up_people (Demo    *demo,
                GError **error)
{
  HkOperatorStore *operators = hk_context_get_operator_store (demo->context);
  const char *askers[] = { "sunhao", "zhaomin", "huangfang", "zhangli", "chenjing" };

  if (!(demo->archivist = hk_operator_store_lookup (operators, "zhouqing", error)) ||
      !(demo->approvers[0] = hk_operator_store_lookup (operators, "liqiang", error)) ||
      !(demo->approvers[1] = hk_operator_store_lookup (operators, "zhengwei", error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    if (!(demo->askers[i] = hk_operator_store_lookup (operators, askers[i], error)))
      return FALSE;

  return TRUE;
}

/* Some of the oldest files leave the archive: their retention is over, or the city company
 * takes them. */
static gboolean
clear_out (Demo     *demo,
           gint64    day_start,
           GError  **error)
{
  for (guint i = 0; i < 6 && i < demo->file_ids->len; i++)
    {
      g_autoptr(HkCustomerFile) file = NULL;
      g_autoptr(HkCustomerFile) gone = NULL;
      gint64 file_id = g_array_index (demo->file_ids, gint64, i);
      g_autofree char *today = NULL;

      set_now (demo, at (day_start, 16, 50 + (int)i));
      today = hk_hall_store_format_day (hk_context_get_hall_store (demo->context),
                                        hk_database_get_now (demo->database));
      if (!(file = hk_customer_file_store_lookup (demo->files, file_id, error)))
        return FALSE;
      if (hk_customer_file_get_status (file) != HK_FILE_IN_ARCHIVE)
        continue;

      if (i < 3 && strcmp (hk_customer_file_get_retain_until (file), today) < 0)
        gone = hk_customer_file_store_destroy (demo->files, demo->archivist, file,
                                               "销毁记录 XH-01，监销人：李强", error);
      else
        gone = hk_customer_file_store_transfer (demo->files, demo->archivist, file,
                                                "移交清单 YJ-03，市公司档案室签收", error);
      if (gone == NULL)
        return FALSE;

      hold (demo, file_id);
    }

  return TRUE;
}

/**
 * hk_demo_populate_archive:
 * @n_days: how many days of archive work, ending yesterday: the cash desk's span
 *
 * Fills the archive of the demo hall. The operators must exist.
 */
gboolean
hk_demo_populate_archive (HkContext  *context,
                          guint       n_days,
                          GError    **error)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkDatabase *database = hk_context_get_database (context);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) first = NULL;
  Demo demo = { 0 };
  gint64 fixed_now = hk_database_get_fixed_now (database);
  guint overdue_day = n_days > 7 ? n_days - 6 : G_MAXUINT;
  guint clear_day = n_days > 10 ? n_days / 2 : G_MAXUINT;
  gboolean ok = FALSE;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);

  if (n_days == 0)
    return TRUE;

  demo.context = context;
  demo.database = database;
  demo.files = hk_context_get_customer_file_store (context);
  demo.requests = hk_context_get_access_request_store (context);
  demo.rechecks = hk_context_get_recheck_store (context);
  demo.rand = g_rand_new_with_seed (SEED);
  demo.file_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo.busy = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  now = g_date_time_new_from_unix_utc (hk_database_get_now (database));
  {
    g_autoptr(GDateTime) local = g_date_time_to_timezone (now, hk_hall_store_get_time_zone (hall));

    today = g_date_time_new (hk_hall_store_get_time_zone (hall), g_date_time_get_year (local),
                             g_date_time_get_month (local), g_date_time_get_day_of_month (local),
                             0, 0, 0);
  }
  first = g_date_time_add_days (today, -(int)n_days);

  if (!look_up_people (&demo, error))
    goto out;

  {
    g_autoptr(HkTransaction) tx = NULL;

    if (!(tx = hk_transaction_begin (database, error)) ||
        !register_inventory (&demo, g_date_time_to_unix (first), error) ||
        !hk_transaction_commit (tx, error))
      goto out;
  }

  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (first, (int)d);
      g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
      gint64 day_start = g_date_time_to_unix (date);
      g_autoptr(HkTransaction) tx = NULL;
      guint n_new = (guint)g_rand_int_range (demo.rand, 0, 4);

      if (!(tx = hk_transaction_begin (database, error)))
        goto out;

      if (g_date_time_get_day_of_month (date) == 1 && d > 0 &&
          !review_month (&demo, day_start, error))
        goto out;

      if (d + 1 == n_days)
        {
          if (!last_day (&demo, day_start, error))
            goto out;
        }
      else if (d == overdue_day)
        {
          /* Asked, approved and released; never brought back. */
          g_autoptr(HkAccessRequest) request = NULL;
          g_autoptr(HkAccessRequest) approved = NULL;

          if (!(request = ask (&demo, at (day_start, 9, 0), demo.askers[2], demo.askers[2], 1,
                               at (day_start, 9, 30), at (day_start, 17, 30), error)))
            goto out;
          set_now (&demo, at (day_start, 9, 15));
          if (!(approved = hk_access_request_store_approve (demo.requests, demo.approvers[0],
                                                            request, "同意，当日归还", error)) ||
              !consult (&demo, approved, demo.askers[2], at (day_start, 9, 40), 0, error))
            goto out;
        }
      else
        {
          /* Most days bring a request in the morning, some one in the afternoon too. */
          for (guint slot = 0; slot < 2; slot++)
            if (g_rand_int_range (demo.rand, 0, 10) < (slot == 0 ? 7 : 3) &&
                !request_day (&demo, day_start, slot, error))
              goto out;
        }

      if (d == clear_day && !clear_out (&demo, day_start, error))
        goto out;

      if (!recheck_day (&demo, day_start, error))
        goto out;

      /* The day's new accounts, filed at the end of the day. */
      for (guint i = 0; i < n_new; i++)
        {
          set_now (&demo, at (day_start, 17, 40 + (int)i));
          if (!register_file (&demo, day, 5 + 5 * g_rand_int_range (demo.rand, 0, 2), error))
            goto out;
        }

      if (!hk_transaction_commit (tx, error))
        goto out;
    }

  ok = TRUE;

out:
  hk_database_set_now (database, fixed_now);
  demo_clear (&demo);
  return ok;
}
