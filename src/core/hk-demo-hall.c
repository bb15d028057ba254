/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-hall.c: the demonstration hall's operations over the same days as its counter:
 * duty logs, briefings, safety checks, faults, incidents, cleaning rounds, cash escort trips,
 * training and customer demand, ending yesterday.
 *
 * One duty manager keeps the early shift, the other the late one. Each shift opens with a
 * briefing and ends with a review; the early one checks the hall's safety (now and then an item
 * fails and its fault is fixed a couple of days later); the cleaner ticks the opening clean,
 * the counters twice and the restrooms every half hour, but skips a round now and then; an
 * incident happens every week or so, a serious one about once a month with its report within
 * the shift; every afternoon the takings go to the bank under escort and the trip is linked to
 * the auditor's deposits of the day in the evening. Each log is written, signed by its duty
 * manager and acknowledged by the next one. The supervisor trains the staff every two weeks and
 * assesses them; the clerks note what customers asked for. Each day's events are sorted by time
 * and played through HkDutyStore with the clock set to each, in one transaction per day.
 */

#include "config.h"

#include "hk-database-private.h"
#include "hk-demo-private.h"
#include "hk-transaction.h"

#define SEED 20261128
#define MINUTE 60
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)

typedef enum
{
  EV_ACKNOWLEDGE,
  EV_BRIEFING,
  EV_SAFETY_CHECK,
  EV_CLEAN,
  EV_FIX_FAULT,
  EV_INCIDENT,
  EV_INCIDENT_REPORT,
  EV_DEMAND,
  EV_SAVE_LOG,
  EV_SIGN_LOG,
  EV_REMARK,
  EV_ESCORT,
  EV_LINK_DEPOSITS,
  EV_TRAINING,
} EventKind;

typedef struct
{
  gint64     at;
  guint      seq;
  EventKind  kind;
  int        arg;
  gint64     done_at;  /* a cleaning round's time, when ticked later */
} Event;

typedef struct
{
  HkContext   *context;
  HkDatabase  *database;
  HkDutyStore *store;
  GRand       *rand;
  HkOperator  *managers[2];   /* zhengwei, liqiang (also the supervisor) */
  HkOperator  *clerks[3];
  gint64       task_ids[3];   /* opening, counters, restrooms */
  GArray      *events;
  GArray      *open_faults;   /* gint64 ids, fixed two days after */
  char        *day;
  gint64       midnight;
  guint        d;
  gint64       serious_incident;
  gint64       escort;
} Demo;

static const char *staff[] = { "张丽", "刘洋", "陈静", "黄芳", "王芳", "赵磊", "吴磊" };
static const char *guards[] = { "保安 王刚", "保安 马军" };
static const char *cleaners[] = { "清洁工 李阿姨", "清洁工 周阿姨" };
static const char *clerk_logins[] = { "zhangli", "liuyang", "chenjing" };
static const char *task_codes[] = { "opening", "counters", "restrooms" };

static const struct
{
  HkDemandTheme theme;
  const char   *wanted;
} demands[] = {
  { HK_DEMAND_HANDSET, "iPhone 16 Pro 256G" }, { HK_DEMAND_HANDSET, "华为 Mate 70" },
  { HK_DEMAND_HANDSET, "小米 15" }, { HK_DEMAND_PLAN, "老人专属低价套餐" },
  { HK_DEMAND_PLAN, "学生流量卡" }, { HK_DEMAND_SERVICE, "现场补办副卡" },
  { HK_DEMAND_SERVICE, "国际漫游开通" }, { HK_DEMAND_ACCESSORY, "Type-C 快充头" },
  { HK_DEMAND_OTHER, "免费复印身份证" },
};

static const struct
{
  HkIncidentKind  kind;
  const char     *place;
  const char     *people;
  const char     *action;
} incidents[] = {
  { HK_INCIDENT_DISTURBANCE, "三号窗口", "一位对扣费不满的顾客", "值班长接待，安抚后转投诉处理" },
  { HK_INCIDENT_DAMAGE, "等候区", "一名儿童", "座椅扶手损坏，已隔离并报修" },
  { HK_INCIDENT_ILLNESS, "等候区", "一位老年顾客", "扶至休息室，拨打 120，通知家属" },
  { HK_INCIDENT_THEFT, "体验台", "不明人员", "展示机被拿走，调取监控并报警" },
};

static void
add_event (Demo      *demo,
           int        hours,
           int        minutes,
           EventKind  kind,
           int        arg)
{
  Event event = { 0 };

  event.at = demo->midnight + hours * HOUR + minutes * MINUTE;
  event.seq = demo->events->len;
  event.kind = kind;
  event.arg = arg;
  g_array_append_val (demo->events, event);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a;
  const Event *y = b;

  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The day's events, in no order. */
static void
plan_day (Demo     *demo,
          guint     n_days)
{
  guint d = demo->d;

  g_array_set_size (demo->events, 0);

  if (d > 0)
    add_event (demo, 8, 2, EV_ACKNOWLEDGE, HK_DUTY_SHIFT_LATE);
  add_event (demo, 8, 5, EV_BRIEFING, HK_DUTY_SHIFT_EARLY * 2 + HK_BRIEFING_PRE_SHIFT);
  add_event (demo, 8, 10, EV_SAFETY_CHECK, d % 17 == 5 ? (int)(d / 17) % 5 : -1);

  /* The opening clean, the counters at 10:30 and 15:00, the restrooms every half hour. */
  add_event (demo, 8, 35, EV_CLEAN, 0);
  add_event (demo, 10, 30 + g_rand_int_range (demo->rand, 0, 20), EV_CLEAN, 1);
  add_event (demo, 15, g_rand_int_range (demo->rand, 0, 30), EV_CLEAN, 1);
  for (int w = 0; w < 18; w++)
    if (g_rand_int_range (demo->rand, 0, 100) >= 4)
      add_event (demo, 9 + w / 2, (w % 2) * 30 + g_rand_int_range (demo->rand, 2, 28), EV_CLEAN,
                 2);

  if (demo->open_faults->len > 0)
    add_event (demo, 10, 15, EV_FIX_FAULT, 0);

  if (d % 9 == 4)
    add_event (demo, 11, 20, EV_INCIDENT, (int)(d / 9) % 2);
  if (d % 31 == 10)
    {
      add_event (demo, 10, 40, EV_INCIDENT, 2 + (int)(d / 31) % 2);
      add_event (demo, 12, 30, EV_INCIDENT_REPORT, 0);
    }

  for (int i = g_rand_int_range (demo->rand, 0, 3); i > 0; i--)
    add_event (demo, g_rand_int_range (demo->rand, 9, 18), g_rand_int_range (demo->rand, 0, 60),
               EV_DEMAND, g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (demands)));

  add_event (demo, 13, 10, EV_BRIEFING, HK_DUTY_SHIFT_EARLY * 2 + HK_BRIEFING_POST_SHIFT);
  add_event (demo, 13, 15, EV_SAVE_LOG, HK_DUTY_SHIFT_EARLY);
  add_event (demo, 13, 25, EV_SIGN_LOG, HK_DUTY_SHIFT_EARLY);
  add_event (demo, 13, 32, EV_ACKNOWLEDGE, HK_DUTY_SHIFT_EARLY);
  add_event (demo, 13, 35, EV_BRIEFING, HK_DUTY_SHIFT_LATE * 2 + HK_BRIEFING_PRE_SHIFT);
  if (d % 11 == 3)
    add_event (demo, 15, 40, EV_REMARK, HK_DUTY_SHIFT_EARLY);
  add_event (demo, 16, 45, EV_ESCORT, 0);
  if (d % 14 == 6 && d + 1 < n_days)
    add_event (demo, 17, 20, EV_TRAINING, (int)(d / 14));
  add_event (demo, 18, 40, EV_BRIEFING, HK_DUTY_SHIFT_LATE * 2 + HK_BRIEFING_POST_SHIFT);
  add_event (demo, 18, 45, EV_SAVE_LOG, HK_DUTY_SHIFT_LATE);
  add_event (demo, 18, 55, EV_SIGN_LOG, HK_DUTY_SHIFT_LATE);
  add_event (demo, 20, 0, EV_LINK_DEPOSITS, 0);

  g_array_sort (demo->events, compare_events);
}

/* The duty manager of @shift: 郑伟 the early one, 李强 the late one, so that each hands over to
 * the other. */
static HkOperator *
manager_of (Demo        *demo,
            HkDutyShift  shift)
{
  return demo->managers[shift == HK_DUTY_SHIFT_LATE ? 1 : 0];
}

static gboolean
play_briefing (Demo    *demo,
               int      arg,
               GError **error)
{
  HkDutyShift shift = arg / 2;
  HkBriefingKind kind = arg % 2;
  g_autoptr(HkBriefing) briefing = NULL;
  const char *present[6] = { NULL };
  const char *absent[2] = { NULL };
  guint first = (demo->d + (guint)shift * 3) % G_N_ELEMENTS (staff);

  for (guint i = 0; i < 3; i++)
    present[i] = staff[(first + i) % G_N_ELEMENTS (staff)];
  present[3] = guards[demo->d % 2];
  present[4] = cleaners[(demo->d + (guint)shift) % 2];
  if (demo->d % 13 == 7 && kind == HK_BRIEFING_PRE_SHIFT)
    {
      absent[0] = present[2];
      present[2] = present[3];
      present[3] = present[4];
      present[4] = NULL;
    }

  briefing = hk_duty_store_record_briefing (demo->store, manager_of (demo, shift), demo->day,
                                            shift, kind,
                                            kind == HK_BRIEFING_PRE_SHIFT
                                            ? "今日重点：推广 5G 融合套餐；唱收唱付，票据连号；"
                                              "高峰时段加开窗口"
                                            : "整体有序；午间排队较长，明日提前加开窗口",
                                            present, absent, error);
  return briefing != NULL;
}

static gboolean
play_safety_check (Demo    *demo,
                   int      failed,
                   GError **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HkSafetyCheck) check = NULL;
  g_autofree HkSafetyCheckAnswer *answers = NULL;

  if (!(items = hk_duty_store_list_checklist (demo->store, TRUE, error)))
    return FALSE;

  answers = g_new0 (HkSafetyCheckAnswer, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      answers[i].item_id = hk_safety_check_item_get_id (g_ptr_array_index (items, i));
      answers[i].passed = (int)i != failed;
      answers[i].note = answers[i].passed ? NULL : "检查未通过，已联系物业维修";
      answers[i].severity = HK_FAULT_MAJOR;
    }

  if (!(check = hk_duty_store_record_safety_check (demo->store,
                                                   manager_of (demo, HK_DUTY_SHIFT_EARLY),
                                                   demo->day, HK_DUTY_SHIFT_EARLY, answers,
                                                   items->len, error)))
    return FALSE;

  for (guint i = 0; i < hk_safety_check_get_results (check)->len; i++)
    {
      HkSafetyCheckResult *result = g_ptr_array_index (hk_safety_check_get_results (check), i);

      if (result->fault_id != 0)
        g_array_append_val (demo->open_faults, result->fault_id);
    }

  return TRUE;
}

static gboolean
play_fix_fault (Demo    *demo,
                GError **error)
{
  g_autoptr(HkFacilityFault) fault = NULL;
  g_autoptr(HkFacilityFault) fixed = NULL;
  gint64 id = g_array_index (demo->open_faults, gint64, 0);

  if (!(fault = hk_duty_store_lookup_fault (demo->store, id, error)))
    return FALSE;

  /* Fixed two days after it was found. */
  if (hk_database_get_now (demo->database) - hk_facility_fault_get_reported_at (fault) < 2 * DAY)
    return TRUE;

  if (!(fixed = hk_duty_store_fix_fault (demo->store, manager_of (demo, HK_DUTY_SHIFT_EARLY),
                                         fault, "物业维修完毕，值班长验收", error)))
    return FALSE;

  g_array_remove_index (demo->open_faults, 0);
  return TRUE;
}

static gboolean
play_incident (Demo    *demo,
               int      which,
               GError **error)
{
  g_autoptr(HkIncident) incident = NULL;
  HkIncidentInput input = {
    .kind = incidents[which].kind,
    .occurred_at = hk_database_get_now (demo->database) - 10 * MINUTE,
    .place = incidents[which].place,
    .people = incidents[which].people,
    .action_taken = incidents[which].action,
    .reported_to = which >= 2 ? "市公司安保部" : NULL,
    .serious = which >= 2,
  };

  if (!(incident = hk_duty_store_record_incident (demo->store,
                                                  manager_of (demo, HK_DUTY_SHIFT_EARLY), &input,
                                                  error)))
    return FALSE;

  if (input.serious)
    demo->serious_incident = hk_incident_get_id (incident);
  return TRUE;
}

static gboolean
play_incident_report (Demo    *demo,
                      GError **error)
{
  g_autoptr(HkIncident) incident = NULL;
  g_autoptr(HkIncident) reported = NULL;

  return (incident = hk_duty_store_lookup_incident (demo->store, demo->serious_incident,
                                                    error)) != NULL &&
         (reported = hk_duty_store_report_incident (demo->store,
                                                    manager_of (demo, HK_DUTY_SHIFT_EARLY),
                                                    incident,
                                                    "事件经过已核实，处置得当，现场已恢复正常营业；"
                                                    "已向市公司安保部书面报告。", error)) != NULL;
}

static gboolean
play_log (Demo        *demo,
          EventKind    kind,
          HkDutyShift  shift,
          GError     **error)
{
  g_autoptr(HkDutyLog) log = NULL;
  g_autofree char *staff_on_duty = NULL;
  guint first = (demo->d + (guint)shift * 3) % G_N_ELEMENTS (staff);
  HkDutyLogInput input = {
    .deployment = shift == HK_DUTY_SHIFT_EARLY ? "09:00–11:00 三个窗口；11:00–13:30 四个窗口"
                                               : "13:30–16:00 四个窗口；16:00–18:00 三个窗口",
    .busy_periods = shift == HK_DUTY_SHIFT_EARLY ? "10:30–12:00" : "16:30–17:30",
    .notable_events = demo->d % 9 == 4 && shift == HK_DUTY_SHIFT_EARLY
                      ? "11:20 一位顾客在三号窗口情绪激动，已安抚并转投诉" : "营业秩序良好",
    .escalations = demo->d % 6 == 2 ? "网络故障导致开户系统缓慢，已报市公司" : NULL,
    .handover_notes = shift == HK_DUTY_SHIFT_EARLY ? "二号窗口打印机缺纸，已补" : "现金已交款",
  };
  HkOperator *actor = manager_of (demo, shift);

  staff_on_duty = g_strdup_printf ("%s、%s、%s，%s，%s", staff[first],
                                   staff[(first + 1) % G_N_ELEMENTS (staff)],
                                   staff[(first + 2) % G_N_ELEMENTS (staff)], guards[demo->d % 2],
                                   cleaners[(demo->d + (guint)shift) % 2]);
  input.staff_on_duty = staff_on_duty;

  switch (kind)
    {
    case EV_SAVE_LOG:
      log = hk_duty_store_save_log (demo->store, actor, demo->day, shift, &input, error);
      break;
    case EV_SIGN_LOG:
      log = hk_duty_store_sign_log (demo->store, actor, demo->day, shift, error);
      break;
    case EV_REMARK:
      log = hk_duty_store_add_remark (demo->store, manager_of (demo, HK_DUTY_SHIFT_LATE),
                                      demo->day, shift, "补记：午间排队最长约 25 分钟", error);
      break;
    case EV_ACKNOWLEDGE:
    case EV_BRIEFING:
    case EV_SAFETY_CHECK:
    case EV_CLEAN:
    case EV_FIX_FAULT:
    case EV_INCIDENT:
    case EV_INCIDENT_REPORT:
    case EV_DEMAND:
    case EV_ESCORT:
    case EV_LINK_DEPOSITS:
    case EV_TRAINING:
    default:
      g_assert_not_reached ();
    }

  return log != NULL;
}

/* The incoming duty manager acknowledges the log of @shift: the late one of the day before at
 * 08:02, the early one of the day when the late shift begins. */
static gboolean
play_acknowledge (Demo        *demo,
                  HkDutyShift  shift,
                  GError     **error)
{
  g_autoptr(HkDutyLog) log = NULL;
  g_autofree char *day = NULL;

  if (shift == HK_DUTY_SHIFT_LATE)
    day = hk_hall_store_format_day (hk_context_get_hall_store (demo->context),
                                    demo->midnight - HOUR);
  else
    day = g_strdup (demo->day);

  log = hk_duty_store_acknowledge_log (demo->store,
                                       manager_of (demo, shift == HK_DUTY_SHIFT_LATE
                                                         ? HK_DUTY_SHIFT_EARLY
                                                         : HK_DUTY_SHIFT_LATE),
                                       day, shift, error);
  return log != NULL;
}

static gboolean
play_escort (Demo    *demo,
             GError **error)
{
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(HkCashEscort) escort = NULL;
  HkCashEscortInput input = {
    .left_at = demo->midnight + 16 * HOUR,
    .returned_at = demo->midnight + 16 * HOUR + 40 * MINUTE,
    .carrier = staff[demo->d % G_N_ELEMENTS (staff)],
    .guard = guards[demo->d % 2],
  };

  demo->escort = 0;
  if (!(deposits = hk_bank_store_list_deposits (hk_context_get_bank_store (demo->context),
                                                demo->day, demo->day, error)))
    return FALSE;

  for (guint i = 0; i < deposits->len; i++)
    if (!hk_bank_deposit_is_cancelled (g_ptr_array_index (deposits, i)))
      input.amount += hk_bank_deposit_get_amount (g_ptr_array_index (deposits, i));

  if (input.amount == 0)
    return TRUE;

  if (!(escort = hk_duty_store_record_cash_escort (demo->store,
                                                   manager_of (demo, HK_DUTY_SHIFT_LATE), &input,
                                                   error)))
    return FALSE;

  demo->escort = hk_cash_escort_get_id (escort);
  return TRUE;
}

static gboolean
play_link_deposits (Demo    *demo,
                    GError **error)
{
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(GPtrArray) escorts = NULL;

  if (demo->escort == 0)
    return TRUE;

  if (!(deposits = hk_bank_store_list_deposits (hk_context_get_bank_store (demo->context),
                                                demo->day, demo->day, error)) ||
      !(escorts = hk_duty_store_list_cash_escorts (demo->store, demo->day, demo->day, error)))
    return FALSE;

  for (guint i = 0; i < deposits->len; i++)
    {
      HkBankDeposit *deposit = g_ptr_array_index (deposits, i);
      g_autoptr(HkCashEscort) linked = NULL;

      if (hk_bank_deposit_is_cancelled (deposit))
        continue;

      if (!(linked = hk_duty_store_link_cash_escort_deposit (
              demo->store, manager_of (demo, HK_DUTY_SHIFT_LATE),
              g_ptr_array_index (escorts, escorts->len - 1), hk_bank_deposit_get_id (deposit),
              error)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
play_training (Demo    *demo,
               int      which,
               GError **error)
{
  static const char *topics[] = { "5G 融合套餐业务知识", "服务礼仪与投诉处理",
                                  "消防安全与应急疏散", "反诈骗宣传与实名制" };
  const char *topic = topics[which % G_N_ELEMENTS (topics)];
  g_autoptr(HkTrainingSession) session = NULL;
  const char *attendees[5] = { NULL };

  for (guint i = 0; i < 4; i++)
    attendees[i] = staff[(which + i * 2) % G_N_ELEMENTS (staff)];

  if (!(session = hk_duty_store_record_training (demo->store, demo->managers[1], demo->day, topic,
                                                 "李强", 90, attendees, error)))
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(HkAssessment) assessment = NULL;
      guint score = (guint)g_rand_int_range (demo->rand, 52, 99);

      if (!(assessment = hk_duty_store_record_assessment (
              demo->store, demo->managers[1], demo->day, attendees[i], topic, score,
              hk_training_session_get_id (session), score < HK_ASSESSMENT_PASS_SCORE
                                                    ? "两周内补考" : NULL, error)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
play (Demo         *demo,
      const Event  *event,
      GError      **error)
{
  hk_database_set_now (demo->database, event->at);

  switch (event->kind)
    {
    case EV_ACKNOWLEDGE:
      return play_acknowledge (demo, event->arg, error);
    case EV_BRIEFING:
      return play_briefing (demo, event->arg, error);
    case EV_SAFETY_CHECK:
      return play_safety_check (demo, event->arg, error);
    case EV_CLEAN:
      {
        g_autoptr(HkCleaningRound) round = NULL;

        round = hk_duty_store_record_cleaning_round (demo->store,
                                                     manager_of (demo, event->at <
                                                                   demo->midnight +
                                                                   HK_DUTY_LATE_START_MINUTE *
                                                                   MINUTE
                                                                 ? HK_DUTY_SHIFT_EARLY
                                                                 : HK_DUTY_SHIFT_LATE),
                                                     demo->task_ids[event->arg], event->at,
                                                     cleaners[demo->d % 2], error);
        return round != NULL;
      }
    case EV_FIX_FAULT:
      return play_fix_fault (demo, error);
    case EV_INCIDENT:
      return play_incident (demo, event->arg, error);
    case EV_INCIDENT_REPORT:
      return play_incident_report (demo, error);
    case EV_DEMAND:
      {
        g_autoptr(HkCustomerDemand) demand = NULL;

        demand = hk_duty_store_record_demand (demo->store,
                                              demo->clerks[event->at % G_N_ELEMENTS (
                                                                       demo->clerks)],
                                              demands[event->arg].theme,
                                              demands[event->arg].wanted, NULL, error);
        return demand != NULL;
      }
    case EV_SAVE_LOG:
    case EV_SIGN_LOG:
    case EV_REMARK:
      return play_log (demo, event->kind, event->arg, error);
    case EV_ESCORT:
      return play_escort (demo, error);
    case EV_LINK_DEPOSITS:
      return play_link_deposits (demo, error);
    case EV_TRAINING:
      return play_training (demo, event->arg, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
look_up (Demo    *demo,
         GError **error)
{
  HkOperatorStore *operators = hk_context_get_operator_store (demo->context);
  g_autoptr(GPtrArray) tasks = NULL;

  if (!(demo->managers[0] = hk_operator_store_lookup (operators, "zhengwei", error)) ||
      !(demo->managers[1] = hk_operator_store_lookup (operators, "liqiang", error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (clerk_logins); i++)
    if (!(demo->clerks[i] = hk_operator_store_lookup (operators, clerk_logins[i], error)))
      return FALSE;

  if (!(tasks = hk_duty_store_list_cleaning_tasks (demo->store, TRUE, error)))
    return FALSE;

  for (guint t = 0; t < tasks->len; t++)
    for (guint i = 0; i < G_N_ELEMENTS (task_codes); i++)
      if (g_strcmp0 (hk_cleaning_task_get_code (g_ptr_array_index (tasks, t)),
                     task_codes[i]) == 0)
        demo->task_ids[i] = hk_cleaning_task_get_id (g_ptr_array_index (tasks, t));

  return TRUE;
}

/**
 * hk_demo_populate_hall:
 * @n_days: how many days, ending yesterday
 *
 * Fills the hall operations of the demo hall. The operators, the counter's days and the
 * bank's deposits must exist.
 */
gboolean
hk_demo_populate_hall (HkContext  *context,
                       guint       n_days,
                       GError    **error)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkDatabase *database = hk_context_get_database (context);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today = NULL;
  gint64 fixed_now = hk_database_get_fixed_now (database);
  Demo demo = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);

  if (n_days == 0)
    return TRUE;

  demo.context = context;
  demo.database = database;
  demo.store = hk_context_get_duty_store (context);
  demo.rand = g_rand_new_with_seed (SEED);
  demo.events = g_array_new (FALSE, FALSE, sizeof (Event));
  demo.open_faults = g_array_new (FALSE, FALSE, sizeof (gint64));

  now = g_date_time_new_from_unix_utc (hk_database_get_now (database));
  local = g_date_time_to_timezone (now, hk_hall_store_get_time_zone (hall));
  today = g_date_time_new (hk_hall_store_get_time_zone (hall), g_date_time_get_year (local),
                           g_date_time_get_month (local), g_date_time_get_day_of_month (local),
                           0, 0, 0);

  if (!look_up (&demo, error))
    goto out;

  for (demo.d = 0; demo.d < n_days; demo.d++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (today, (int)demo.d - (int)n_days);
      g_autoptr(HkTransaction) tx = NULL;

      g_free (demo.day);
      demo.day = g_date_time_format (date, "%Y-%m-%d");
      demo.midnight = g_date_time_to_unix (date);
      plan_day (&demo, n_days);

      /* One transaction per day keeps it fast; the store's own nest in it. */
      if (!(tx = hk_transaction_begin (database, error)))
        goto out;

      for (guint i = 0; i < demo.events->len; i++)
        {
          const Event *event = &g_array_index (demo.events, Event, i);

          if (!play (&demo, event, error))
            {
              g_prefix_error (error, "demo hall, %s, event %u: ", demo.day, event->kind);
              goto out;
            }
        }

      if (!hk_transaction_commit (tx, error))
        goto out;
    }

  ok = TRUE;

out:
  hk_database_set_now (database, fixed_now);
  for (guint i = 0; i < G_N_ELEMENTS (demo.managers); i++)
    g_clear_object (&demo.managers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (demo.clerks); i++)
    g_clear_object (&demo.clerks[i]);
  g_clear_pointer (&demo.events, g_array_unref);
  g_clear_pointer (&demo.open_faults, g_array_unref);
  g_clear_pointer (&demo.rand, g_rand_free);
  g_free (demo.day);
  return ok;
}
