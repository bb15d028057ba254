/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-complaints.c: the demonstration hall's complaint register, first-contact book,
 * service log and opinion book over the same days as its counter, ending yesterday.
 *
 * A seeded random generator plans a few complaints a day, with a realistic mix of categories
 * and channels, and what happens to each: most are resolved within the day and closed, some
 * are handed to a colleague or noted, some cannot be resolved in time and get a callback
 * promise, are resolved late and called back, a few are entered the day after they were
 * received, and one is reopened. Every day the officer saves the service log from the
 * day's proposal and the duty manager signs the first-contact book (but on a few days);
 * customers write in the opinion book a few times a week, and the entries are processed the
 * next day, but for a couple. The supervisor adds a category on the way.
 *
 * The plans become a list of actions sorted by time and played through the stores with the
 * clock set to each one, so everything obeys the rules and carries its audit entries.
 * Actions falling on today or later are not played: the last days' complaints are still
 * open, and a few of them are overdue.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-database-private.h"
#include "hk-demo-private.h"
#include "hk-error.h"
#include "hk-transaction.h"

#define SEED 20261005
#define MINUTE 60
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)

typedef enum
{
  ACT_ADD_CATEGORY,
  ACT_REGISTER,
  ACT_ASSIGN,
  ACT_NOTE,
  ACT_PROMISE,
  ACT_RESOLVE,
  ACT_CALLBACK,
  ACT_CLOSE,
  ACT_REOPEN,
  ACT_OPINION_ADD,
  ACT_OPINION_REPLY,
  ACT_SERVICE_LOG,
  ACT_SIGN_DAY,
} ActKind;

typedef struct
{
  gint64   at;
  guint    seq;
  ActKind  kind;
  guint    subject;  /* the complaint, the opinion entry or the day */
  gint64   value;    /* a promise's due time; a callback's time */
  guint    text;     /* which canned text */
} Action;

typedef struct
{
  gint64              received_at;
  HkComplaintChannel  channel;
  guint               category;
  guint               owner;      /* index into people */
  guint               handler;    /* index into people: an officer */
  guint               other;      /* a colleague to assign it to */
  gboolean            urgent;
  char               *name;
  char               *phone;
  HkComplaint        *complaint;  /* once registered */
} ComplaintPlan;

typedef struct
{
  char            *day;
  char            *contact;
  HkOpinionEntry  *entry;
} OpinionPlan;

/* The people, by login; the first four handle complaints. */
enum
{
  SUNHAO,      /* complaint officer */
  HUANGFANG,   /* clerk and complaint officer */
  ZHENGWEI,    /* duty manager */
  LIQIANG,     /* hall supervisor and duty manager */
  ZHANGLI,
  LIUYANG,
  CHENJING,
  WANGFANG,
  ZHAOLEI,
  N_PEOPLE
};

static const char *logins[N_PEOPLE] = {
  "sunhao", "huangfang", "zhengwei", "liqiang", "zhangli", "liuyang", "chenjing", "wangfang",
  "zhaolei",
};

static const struct
{
  const char *code;
  guint       weight;
  const char *descriptions[3];
  const char *resolutions[2];
} categories[] = {
  { "billing", 30,
    { "本月话费比平时多出30元，要求核查", "充值后余额未到账", "被扣取不明增值业务费" },
    { "核实为系统重复扣费，已退还差额", "已补充值到账并致歉" } },
  { "network", 22,
    { "小区室内信号差，经常掉线", "4G网络速度很慢", "家中无法接通电话" },
    { "已报障，基站维护后信号恢复", "已派工程师上门测试，调整天线后正常" } },
  { "service-attitude", 9,
    { "营业员办理业务时态度冷淡", "排队时间过长，无人引导", "客服电话多次转接未解决" },
    { "已当面致歉，并对相关人员进行批评教育", "已调整高峰时段引导员岗位" } },
  { "handset", 10,
    { "新买手机三天就黑屏", "手机充电发热严重", "维修后问题依旧" },
    { "按三包规定为客户更换新机", "送修检测后更换电池，客户认可" } },
  { "tariff", 15,
    { "套餐变更后资费不符", "宣传的优惠未兑现", "流量包到期未提醒" },
    { "已按宣传资费调整并退还差价", "已为客户办理合适套餐并补送流量" } },
  { "value-added", 8,
    { "未订购却被开通彩铃", "视频会员扣费后无法使用", "短信提醒业务无法退订" },
    { "已退订并退还相关费用", "已协调合作方恢复会员权益" } },
  { "other", 4,
    { "发票邮寄未收到", "积分兑换礼品未发放", "营业厅停车不便" },
    { "已重新邮寄发票", "已补发积分礼品" } },
  /* Added by the supervisor a month in (a third in, in a shorter demo). */
  { "broadband", 6,
    { "宽带安装预约多次改期", "宽带经常断网", "宽带提速后速度没有变化" },
    { "已安排装维人员上门安装", "已更换光猫，网络恢复稳定" } },
};

#define N_BUILTIN_CATEGORIES 7
#define BROADBAND (G_N_ELEMENTS (categories) - 1)

static const char *notes[] = {
  "已联系计费中心核实", "已向市公司派单", "客户来电询问进度，已解释", "等待厂家检测结果",
  "已与客户约定上门时间",
};

static const char *assign_notes[] = {
  "转交跟进", "需技术支撑，转交处理", "客户指定由值班长处理",
};

static const char *surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
};

static const char *opinions[] = {
  "排队时间太长，希望周末多开窗口", "3号窗口营业员服务热情，表扬", "希望增加自助缴费机",
  "营业厅空调太冷", "取号机经常故障", "希望延长晚间营业时间", "业务介绍资料太少",
};

static const char *replies[] = {
  "已增开周末业务窗口", "已转达表扬并记入月度考核", "已向市公司申请增配自助终端",
  "已调整空调温度", "已报修取号机并更换", "已向营业班长反映，研究调整营业时间",
  "已补充各类业务宣传单页",
};

static const char *inquiries[] = {
  "5G套餐资费咨询较多", "携号转网办理流程咨询较多", "宽带提速咨询较多", "国际漫游开通咨询较多",
};

typedef struct
{
  HkContext   *context;
  HkDatabase  *database;
  GRand       *rand;
  HkOperator  *people[N_PEOPLE];
  gint64       category_ids[G_N_ELEMENTS (categories)];
  GArray      *actions;       /* Action */
  GPtrArray   *complaints;    /* ComplaintPlan */
  GPtrArray   *opinion_plans; /* OpinionPlan */
  GPtrArray   *days;          /* "YYYY-MM-DD" of each day */
  gint64       first_start;
  gint64       cutoff;
  guint        category_day;  /* when the supervisor adds a category */
} Demo;

static void
complaint_plan_free (ComplaintPlan *plan)
{
  g_free (plan->name);
  g_free (plan->phone);
  g_clear_object (&plan->complaint);
  g_free (plan);
}

static void
opinion_plan_free (OpinionPlan *plan)
{
  g_free (plan->day);
  g_free (plan->contact);
  g_clear_object (&plan->entry);
  g_free (plan);
}

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  for (guint i = 0; i < N_PEOPLE; i++)
    g_clear_object (&demo->people[i]);
  g_clear_pointer (&demo->actions, g_array_unref);
  g_clear_pointer (&demo->complaints, g_ptr_array_unref);
  g_clear_pointer (&demo->opinion_plans, g_ptr_array_unref);
  g_clear_pointer (&demo->days, g_ptr_array_unref);
}

static int
range (Demo *demo,
       int   low,
       int   high)
{
  return g_rand_int_range (demo->rand, low, high);
}

static gboolean
chance (Demo *demo,
        int   percent)
{
  return g_rand_int_range (demo->rand, 0, 100) < percent;
}

static void
plan (Demo    *demo,
      gint64   at,
      ActKind  kind,
      guint    subject,
      gint64   value,
      guint    text)
{
  Action action = { at, demo->actions->len, kind, subject, value, text };

  g_array_append_val (demo->actions, action);
}

static int
compare_actions (gconstpointer a,
                 gconstpointer b)
{
  const Action *x = a;
  const Action *y = b;

  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;

  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static guint
pick_category (Demo  *demo,
               guint  day)
{
  guint n = day > demo->category_day ? G_N_ELEMENTS (categories) : N_BUILTIN_CATEGORIES;
  guint total = 0;
  guint ticket;

  for (guint i = 0; i < n; i++)
    total += categories[i].weight;

  ticket = (guint)range (demo, 0, (int)total);
  for (guint i = 0; i < n; i++)
    {
      if (ticket < categories[i].weight)
        return i;
      ticket -= categories[i].weight;
    }

  return 0;
}

static HkComplaintChannel
pick_channel (Demo *demo)
{
  int r = range (demo, 0, 100);

  return r < 45 ? HK_COMPLAINT_CHANNEL_COUNTER
         : r < 75 ? HK_COMPLAINT_CHANNEL_PHONE
         : r < 82 ? HK_COMPLAINT_CHANNEL_LETTER
         : r < 87 ? HK_COMPLAINT_CHANNEL_OPINION_BOOK
         : HK_COMPLAINT_CHANNEL_CITY_COMPANY;
}

/* The duty manager of a day: they take turns. */
static guint
manager_of (guint day)
{
  return day % 2 == 0 ? ZHENGWEI : LIQIANG;
}

/* How a complaint of the last days is left at the end of the demo. */
typedef enum
{
  LEAVE_AS_DRAWN,
  LEAVE_OPEN,           /* nobody did anything yet */
  LEAVE_OPEN_PROMISED,  /* a callback promised, nothing more yet */
} Leave;

/* Plans one complaint received on @day and what happens to it. */
static void
plan_complaint (Demo   *demo,
                guint   day,
                gint64  day_start,
                guint   n_days,
                Leave   leave)
{
  ComplaintPlan *c = g_new0 (ComplaintPlan, 1);
  guint index = demo->complaints->len;
  gint64 entered;
  gint64 deadline;
  gint64 t;
  int outcome;
  gboolean near_end = day + 3 >= n_days;

  c->channel = pick_channel (demo);
  c->category = pick_category (demo, day);
  c->received_at = day_start + 9 * HOUR + range (demo, 0, 9 * 60) * MINUTE;
  c->name = g_strdup_printf ("%s%s", surnames[range (demo, 0, G_N_ELEMENTS (surnames))],
                             chance (demo, 50) ? "先生" : "女士");
  if (c->channel != HK_COMPLAINT_CHANNEL_LETTER || chance (demo, 50))
    c->phone = g_strdup_printf ("1%02d%08d", range (demo, 30, 99), range (demo, 0, 99999999));
  c->urgent = chance (demo, 8);
  c->handler = chance (demo, 60) ? SUNHAO : HUANGFANG;
  c->other = c->handler == SUNHAO ? HUANGFANG : SUNHAO;

  switch (c->channel)
    {
    case HK_COMPLAINT_CHANNEL_COUNTER:
      c->owner = chance (demo, 70) ? (guint)range (demo, ZHANGLI, N_PEOPLE) : c->handler;
      break;
    case HK_COMPLAINT_CHANNEL_OPINION_BOOK:
      c->owner = manager_of (day);
      break;
    case HK_COMPLAINT_CHANNEL_PHONE:
    case HK_COMPLAINT_CHANNEL_LETTER:
    case HK_COMPLAINT_CHANNEL_CITY_COMPANY:
    default:
      c->owner = c->handler;
      break;
    }

  /* Entered within the hour, but now and then the next morning: a letter opened late, a
   * complaint taken at closing time. */
  entered = c->received_at + range (demo, 3, 40) * MINUTE;
  if (chance (demo, 6) || (c->received_at >= day_start + 17 * HOUR + 30 * MINUTE &&
                           chance (demo, 40)))
    entered = day_start + DAY + 9 * HOUR + range (demo, 5, 50) * MINUTE;

  deadline = c->received_at + 24 * HOUR;
  g_ptr_array_add (demo->complaints, c);
  plan (demo, entered, ACT_REGISTER, index, 0, 0);

  /* A colleague may take it over; a note goes in while there is time before the deadline. */
  t = entered;
  if (chance (demo, 18))
    {
      t += range (demo, 10, 120) * MINUTE;
      plan (demo, t, ACT_ASSIGN, index, 0, range (demo, 0, G_N_ELEMENTS (assign_notes)));
    }
  if (chance (demo, 25) && t + 60 * MINUTE < deadline - 30 * MINUTE)
    {
      t += range (demo, 20, (int)MIN (180, (deadline - 30 * MINUTE - t) / MINUTE)) * MINUTE;
      plan (demo, t, ACT_NOTE, index, 0, range (demo, 0, G_N_ELEMENTS (notes)));
    }

  /* The last days' complaints are slower: some of them are still open. One entered too
   * close to its deadline cannot be resolved in time. */
  outcome = range (demo, 0, 100);
  if (near_end && outcome < 60)
    outcome += 25;
  if (outcome < 87 && deadline - t < 90 * MINUTE)
    outcome = 90;

  if (leave == LEAVE_OPEN_PROMISED)
    {
      gint64 promised = MAX (t + 5 * MINUTE, deadline - range (demo, 60, 3 * 60) * MINUTE);

      plan (demo, promised, ACT_PROMISE, index, deadline + 4 * HOUR, 0);
      return;
    }
  if (leave == LEAVE_OPEN)
    return;

  if (outcome < 82)
    {
      /* On time: resolved within the deadline, closed soon after. */
      gint64 resolved = t + range (demo, 30, 18 * 60) * MINUTE;

      resolved = MIN (resolved, deadline - range (demo, 1, 60) * MINUTE);
      resolved = MAX (resolved, t + 20 * MINUTE);
      plan (demo, resolved, ACT_RESOLVE, index, 0, range (demo, 0, 2));
      plan (demo, resolved + range (demo, 10, 300) * MINUTE, ACT_CLOSE, index, 0, 0);

      /* Once in a long while the customer comes back and it is reopened and settled again. */
      if (index % 97 == 41)
        {
          gint64 reopened = resolved + 2 * DAY + range (demo, 0, 4 * 60) * MINUTE;
          gint64 due = reopened + 4 * HOUR;

          plan (demo, reopened, ACT_REOPEN, index, 0, 0);
          plan (demo, reopened + 10 * MINUTE, ACT_PROMISE, index, due, 0);
          plan (demo, due - HOUR, ACT_RESOLVE, index, 0, 1);
          plan (demo, due - 50 * MINUTE, ACT_CALLBACK, index, due - 55 * MINUTE, 0);
          plan (demo, due - 30 * MINUTE, ACT_CLOSE, index, 0, 0);
        }
    }
  else if (outcome < 87)
    {
      /* A callback promised early, kept, and resolved in time. */
      gint64 promised = t + range (demo, 10, 60) * MINUTE;
      gint64 resolved = MIN (promised + range (demo, 2, 12) * HOUR, deadline - 20 * MINUTE);

      if (resolved <= promised)
        resolved = promised + MINUTE;
      plan (demo, promised, ACT_PROMISE, index, resolved + 2 * HOUR, 0);
      plan (demo, resolved, ACT_RESOLVE, index, 0, range (demo, 0, 2));
      plan (demo, resolved + range (demo, 5, 90) * MINUTE, ACT_CALLBACK, index,
            resolved + range (demo, 1, 5) * MINUTE, 0);
      plan (demo, resolved + 2 * HOUR, ACT_CLOSE, index, 0, 0);
    }
  else if (outcome < 98 || !near_end)
    {
      /* Not in time: the callback number and time are taken before the deadline, the
       * complaint is resolved late, the customer is called back, then it is closed. */
      gint64 promised = MAX (t + 5 * MINUTE, deadline - range (demo, 60, 4 * 60) * MINUTE);
      gint64 resolved = MAX (deadline + range (demo, 1, 30) * HOUR, promised + 30 * MINUTE);
      gint64 called = resolved + range (demo, 10, 120) * MINUTE;

      plan (demo, promised, ACT_PROMISE, index, resolved + range (demo, 2, 6) * HOUR, 0);
      plan (demo, resolved, ACT_RESOLVE, index, 0, range (demo, 0, 2));
      plan (demo, called, ACT_CALLBACK, index, called - range (demo, 1, 8) * MINUTE,
            chance (demo, 85) ? 0 : 1);
      plan (demo, called + range (demo, 30, 240) * MINUTE, ACT_CLOSE, index, 0, 0);
    }
  /* else, in the last days: nothing yet, an overdue complaint for the duty manager. */
}

/* The complaint's handler now: the one planned, or the colleague it was assigned to. */
static HkOperator *
handler_of (Demo          *demo,
            ComplaintPlan *c)
{
  gint64 id = hk_complaint_get_handler_id (c->complaint);

  for (guint i = 0; i < N_PEOPLE; i++)
    if (hk_operator_get_id (demo->people[i]) == id)
      return demo->people[i];

  return demo->people[c->handler];
}

static gboolean
refresh (Demo          *demo,
         ComplaintPlan *c,
         HkComplaint   *after,
         GError       **error)
{
  if (after == NULL)
    return FALSE;

  g_set_object (&c->complaint, after);
  g_object_unref (after);
  return TRUE;
}

static gboolean
play_complaint (Demo          *demo,
                const Action  *action,
                GError       **error)
{
  HkComplaintStore *store = hk_context_get_complaint_store (demo->context);
  ComplaintPlan *c = g_ptr_array_index (demo->complaints, action->subject);
  HkOperator *actor;

  if (action->kind == ACT_REGISTER)
    {
      HkComplaintInput input = { 0 };
      g_autofree char *service_number = NULL;
      guint category = c->category;

      input.received_at = c->received_at;
      input.channel = c->channel;
      input.customer_name = c->name;
      input.customer_phone = c->phone;
      if (c->phone != NULL && chance (demo, 15))
        {
          service_number = g_strdup_printf ("1%02d%08d", range (demo, 30, 99),
                                            range (demo, 0, 99999999));
          input.service_number = service_number;
        }
      input.category_id = demo->category_ids[category];
      input.description = categories[category].descriptions[range (demo, 0, 3)];
      input.owner_id = hk_operator_get_id (demo->people[c->owner]);
      input.handler_id = hk_operator_get_id (demo->people[c->handler]);
      input.priority = c->urgent ? HK_COMPLAINT_PRIORITY_URGENT
                       : chance (demo, 15) ? HK_COMPLAINT_PRIORITY_HIGH
                       : HK_COMPLAINT_PRIORITY_NORMAL;

      /* The officer enters it; an owner who handles complaints enters their own. */
      actor = c->owner < ZHANGLI ? demo->people[c->owner] : demo->people[c->handler];

      c->complaint = hk_complaint_store_register (store, actor, &input, error);
      return c->complaint != NULL;
    }

  if (c->complaint == NULL)
    return TRUE;

  actor = handler_of (demo, c);

  switch (action->kind)
    {
    case ACT_ASSIGN:
      return refresh (demo, c,
                      hk_complaint_store_assign (store, demo->people[manager_of (
                                                   (guint)((action->at - demo->first_start) /
                                                           DAY))],
                                                 c->complaint,
                                                 hk_operator_get_id (demo->people[c->other]),
                                                 assign_notes[action->text], error), error);
    case ACT_NOTE:
      return refresh (demo, c, hk_complaint_store_add_note (store, actor, c->complaint,
                                                            notes[action->text], error), error);
    case ACT_PROMISE:
      if (c->phone == NULL)
        {
          g_free (c->phone);
          c->phone = g_strdup_printf ("0571-8%07d", range (demo, 0, 9999999));
        }
      return refresh (demo, c,
                      hk_complaint_store_promise_callback (store, actor, c->complaint, c->phone,
                                                           action->value,
                                                           "已告知客户处理进度及回电时间",
                                                           error), error);
    case ACT_RESOLVE:
      return refresh (demo, c,
                      hk_complaint_store_resolve (store, actor, c->complaint,
                                                  categories[c->category].resolutions[
                                                    action->text], error), error);
    case ACT_CALLBACK:
      return refresh (demo, c,
                      hk_complaint_store_record_callback (store, actor, c->complaint,
                                                          action->value, action->text == 0,
                                                          action->text == 0
                                                          ? "已告知处理结果，客户表示满意"
                                                          : "客户未接听，已发短信告知处理结果",
                                                          error), error);
    case ACT_CLOSE:
      return refresh (demo, c, hk_complaint_store_close (store, actor, c->complaint, NULL, error),
                      error);
    case ACT_REOPEN:
      return refresh (demo, c,
                      hk_complaint_store_reopen (store, actor, c->complaint,
                                                 "客户来电反映问题再次出现", error), error);
    case ACT_ADD_CATEGORY:
    case ACT_REGISTER:
    case ACT_OPINION_ADD:
    case ACT_OPINION_REPLY:
    case ACT_SERVICE_LOG:
    case ACT_SIGN_DAY:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
play_service_log (Demo          *demo,
                  const Action  *action,
                  GError       **error)
{
  HkServiceLogStore *store = hk_context_get_service_log_store (demo->context);
  const char *day = g_ptr_array_index (demo->days, action->subject);
  g_autoptr(HkServiceLog) proposal = NULL;
  g_autoptr(HkServiceLog) saved = NULL;

  if (!(proposal = hk_service_log_store_propose (store, day, error)))
    return FALSE;

  saved = hk_service_log_store_save (store, demo->people[SUNHAO], day,
                                     hk_service_log_get_overview (proposal),
                                     hk_service_log_get_business_hotspots (proposal),
                                     inquiries[action->text],
                                     hk_service_log_get_complaint_hotspots (proposal), error);

  return saved != NULL;
}

static gboolean
play (Demo          *demo,
      const Action  *action,
      GError       **error)
{
  hk_database_set_now (demo->database, action->at);

  switch (action->kind)
    {
    case ACT_ADD_CATEGORY:
      {
        g_autoptr(HkComplaintCategory) added = NULL;

        added = hk_complaint_store_add_category (hk_context_get_complaint_store (demo->context),
                                                 demo->people[LIQIANG],
                                                 categories[BROADBAND].code, "宽带业务", error);
        if (added == NULL)
          return FALSE;
        demo->category_ids[BROADBAND] = hk_complaint_category_get_id (added);
        return TRUE;
      }

    case ACT_OPINION_ADD:
      {
        OpinionPlan *o = g_ptr_array_index (demo->opinion_plans, action->subject);

        o->entry = hk_opinion_book_store_add (hk_context_get_opinion_book_store (demo->context),
                                              demo->people[manager_of (action->subject)], o->day,
                                              opinions[action->text], o->contact, error);
        return o->entry != NULL;
      }

    case ACT_OPINION_REPLY:
      {
        OpinionPlan *o = g_ptr_array_index (demo->opinion_plans, action->subject);
        g_autoptr(HkOpinionEntry) processed = NULL;

        if (o->entry == NULL)
          return TRUE;
        processed = hk_opinion_book_store_process (
                      hk_context_get_opinion_book_store (demo->context),
                      demo->people[action->value != 0 ? SUNHAO : ZHENGWEI], o->entry,
                      replies[action->text], error);
        return processed != NULL;
      }

    case ACT_SERVICE_LOG:
      return play_service_log (demo, action, error);

    case ACT_SIGN_DAY:
      {
        g_autoptr(HkComplaintDay) signed_day = NULL;

        signed_day = hk_complaint_store_sign_day (hk_context_get_complaint_store (demo->context),
                                                  demo->people[manager_of (action->subject)],
                                                  g_ptr_array_index (demo->days, action->subject),
                                                  NULL, error);
        return signed_day != NULL;
      }

    case ACT_REGISTER:
    case ACT_ASSIGN:
    case ACT_NOTE:
    case ACT_PROMISE:
    case ACT_RESOLVE:
    case ACT_CALLBACK:
    case ACT_CLOSE:
    case ACT_REOPEN:
    default:
      return play_complaint (demo, action, error);
    }
}

static void
plan_days (Demo  *demo,
           guint  n_days)
{
  guint n_opinions = 0;

  for (guint d = 0; d < n_days; d++)
    {
      gint64 day_start = demo->first_start + (gint64)d * DAY;
      guint n = (guint)range (demo, 2, 7);
      gboolean unanswered = n_days > 12 && (d + 12 == n_days || d + 4 == n_days);

      if (d == demo->category_day)
        plan (demo, day_start + 8 * HOUR + 30 * MINUTE, ACT_ADD_CATEGORY, 0, 0, 0);

      /* The first complaints of the last three days are still open at the end, some of them
       * overdue by then, one with its callback promised. */
      for (guint i = 0; i < n; i++)
        plan_complaint (demo, d, day_start, n_days,
                        i == 0 && d + 3 >= n_days ? LEAVE_OPEN
                        : i == 1 && d + 2 == n_days ? LEAVE_OPEN_PROMISED
                        : LEAVE_AS_DRAWN);

      /* The opinion book: about three entries a week, entered by the duty manager that
       * evening and processed the next day; a couple late, two never. */
      if (chance (demo, 40) || unanswered)
        {
          OpinionPlan *o = g_new0 (OpinionPlan, 1);
          guint text = (guint)range (demo, 0, G_N_ELEMENTS (opinions));
          gint64 reply_at = day_start + DAY + range (demo, 10 * 60, 17 * 60) * MINUTE;

          o->day = g_strdup (g_ptr_array_index (demo->days, d));
          if (chance (demo, 30))
            o->contact = g_strdup_printf ("1%02d%08d", range (demo, 30, 99),
                                          range (demo, 0, 99999999));
          g_ptr_array_add (demo->opinion_plans, o);
          plan (demo, day_start + 18 * HOUR + range (demo, 0, 30) * MINUTE, ACT_OPINION_ADD,
                demo->opinion_plans->len - 1, 0, text);

          n_opinions++;
          if (n_opinions % 9 == 4)
            reply_at += DAY;
          if (!unanswered)
            plan (demo, reply_at, ACT_OPINION_REPLY, demo->opinion_plans->len - 1,
                  chance (demo, 30), text);
        }

      /* The officer's service log at the end of the day; the duty manager's signature. */
      if (d % 17 != 5)
        plan (demo, day_start + 17 * HOUR + 50 * MINUTE + range (demo, 0, 20) * MINUTE,
              ACT_SERVICE_LOG, d, 0, range (demo, 0, G_N_ELEMENTS (inquiries)));
      if (d % 13 != 7)
        plan (demo, day_start + 18 * HOUR + 40 * MINUTE + range (demo, 0, 30) * MINUTE,
              ACT_SIGN_DAY, d, 0, 0);
    }
}

/**
 * hk_demo_populate_complaints:
 * @n_days: how many days of complaints, ending yesterday
 *
 * Fills the complaint register, the first-contact book, the service log and the
 * opinion book of the demo hall. The operators must exist.
 */
gboolean
hk_demo_populate_complaints (HkContext  *context,
                             guint       n_days,
                             GError    **error)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkDatabase *database = hk_context_get_database (context);
  HkComplaintStore *store = hk_context_get_complaint_store (context);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(HkTransaction) tx = NULL;
  gint64 fixed_now = hk_database_get_fixed_now (database);
  gint64 tx_day = -1;
  Demo demo = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);

  if (n_days == 0)
    return TRUE;

  demo.context = context;
  demo.database = database;
  demo.rand = g_rand_new_with_seed (SEED);
  demo.actions = g_array_new (FALSE, FALSE, sizeof (Action));
  demo.complaints = g_ptr_array_new_with_free_func ((GDestroyNotify)complaint_plan_free);
  demo.opinion_plans = g_ptr_array_new_with_free_func ((GDestroyNotify)opinion_plan_free);
  demo.days = g_ptr_array_new_with_free_func (g_free);

  now = g_date_time_new_from_unix_utc (hk_database_get_now (database));
  local = g_date_time_to_timezone (now, hk_hall_store_get_time_zone (hall));
  today = g_date_time_new (hk_hall_store_get_time_zone (hall), g_date_time_get_year (local),
                           g_date_time_get_month (local), g_date_time_get_day_of_month (local),
                           0, 0, 0);
  demo.cutoff = g_date_time_to_unix (today);

  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (today, (int)d - (int)n_days);

      if (d == 0)
        demo.first_start = g_date_time_to_unix (date);
      g_ptr_array_add (demo.days, g_date_time_format (date, "%Y-%m-%d"));
    }

  for (guint i = 0; i < N_PEOPLE; i++)
    if (!(demo.people[i] = hk_operator_store_lookup (hk_context_get_operator_store (context),
                                                      logins[i], error)))
      goto out;

  for (guint i = 0; i < N_BUILTIN_CATEGORIES; i++)
    {
      g_autoptr(HkComplaintCategory) category = NULL;

      if (!(category = hk_complaint_store_lookup_category (store, categories[i].code, error)))
        goto out;
      demo.category_ids[i] = hk_complaint_category_get_id (category);
    }

  demo.category_day = MIN (30, n_days / 3);
  plan_days (&demo, n_days);
  g_array_sort (demo.actions, compare_actions);

  /* One transaction per day of actions keeps it fast; the stores' own nest in it. */
  for (guint i = 0; i < demo.actions->len; i++)
    {
      const Action *action = &g_array_index (demo.actions, Action, i);
      gint64 action_day = (action->at - demo.first_start) / DAY;

      if (action->at >= demo.cutoff)
        break;

      if (action_day != tx_day)
        {
          if (tx != NULL && !hk_transaction_commit (tx, error))
            goto out;
          g_clear_pointer (&tx, hk_transaction_free);
          if (!(tx = hk_transaction_begin (database, error)))
            goto out;
          tx_day = action_day;
        }

      if (!play (&demo, action, error))
        {
          g_prefix_error (error, "demo complaints, action %u at %lld: ", action->kind,
                          (long long)action->at);
          goto out;
        }
    }

  ok = tx == NULL || hk_transaction_commit (tx, error);

out:
  g_clear_pointer (&tx, hk_transaction_free);
  hk_database_set_now (database, fixed_now);
  demo_clear (&demo);
  return ok;
}
