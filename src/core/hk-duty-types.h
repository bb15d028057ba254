/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-types.h: the words of hall operations: duty shifts, log states, briefing kinds,
 * fault severities, incident kinds, demand themes, and the small records computed for a day. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The duty manager's two shifts of a day, in the hall's local time. The early duty manager signs
 * the early log and the late one acknowledges it; the late log is acknowledged by the next
 * morning's duty manager. */
typedef enum
{
  HK_DUTY_SHIFT_EARLY,  /* 08:00 to 13:30 */
  HK_DUTY_SHIFT_LATE,   /* 13:30 to 19:00 */
} HkDutyShift;

#define HK_DUTY_N_SHIFTS 2
#define HK_DUTY_EARLY_START_MINUTE (8 * 60)
#define HK_DUTY_LATE_START_MINUTE (13 * 60 + 30)
#define HK_DUTY_LATE_END_MINUTE (19 * 60)

#define HK_TYPE_DUTY_SHIFT (hk_duty_shift_get_type ())
GType        hk_duty_shift_get_type           (void) G_GNUC_CONST;
const char  *hk_duty_shift_to_id              (HkDutyShift       shift);
gboolean     hk_duty_shift_from_id            (const char       *id,
                                               HkDutyShift      *shift);
const char  *hk_duty_shift_get_title          (HkDutyShift       shift);
guint        hk_duty_shift_get_start_minute   (HkDutyShift       shift);
guint        hk_duty_shift_get_end_minute     (HkDutyShift       shift);

/* Where a duty log is: open (being written; its facts are live), signed by the outgoing duty
 * manager (locked, facts frozen; remarks may be appended), acknowledged by the incoming one. */
typedef enum
{
  HK_DUTY_LOG_OPEN,
  HK_DUTY_LOG_SIGNED,
  HK_DUTY_LOG_ACKNOWLEDGED,
} HkDutyLogStatus;

#define HK_DUTY_LOG_N_STATUSES 3
#define HK_TYPE_DUTY_LOG_STATUS (hk_duty_log_status_get_type ())
GType        hk_duty_log_status_get_type      (void) G_GNUC_CONST;
const char  *hk_duty_log_status_to_id         (HkDutyLogStatus   status);
gboolean     hk_duty_log_status_from_id       (const char       *id,
                                               HkDutyLogStatus  *status);
const char  *hk_duty_log_status_get_title     (HkDutyLogStatus   status);

typedef enum
{
  HK_BRIEFING_PRE_SHIFT,   /* 班前会: the requirements given */
  HK_BRIEFING_POST_SHIFT,  /* 班后讲评: what went well or not */
} HkBriefingKind;

#define HK_BRIEFING_N_KINDS 2
#define HK_TYPE_BRIEFING_KIND (hk_briefing_kind_get_type ())
GType        hk_briefing_kind_get_type        (void) G_GNUC_CONST;
const char  *hk_briefing_kind_to_id           (HkBriefingKind    kind);
gboolean     hk_briefing_kind_from_id         (const char       *id,
                                               HkBriefingKind   *kind);
const char  *hk_briefing_kind_get_title       (HkBriefingKind    kind);

typedef enum
{
  HK_FAULT_MINOR,     /* can wait for the next visit */
  HK_FAULT_MAJOR,     /* fixed within days */
  HK_FAULT_CRITICAL,  /* safety or business at stake: fixed today */
} HkFaultSeverity;

#define HK_FAULT_N_SEVERITIES 3
#define HK_TYPE_FAULT_SEVERITY (hk_fault_severity_get_type ())
GType        hk_fault_severity_get_type       (void) G_GNUC_CONST;
const char  *hk_fault_severity_to_id          (HkFaultSeverity   severity);
gboolean     hk_fault_severity_from_id        (const char       *id,
                                               HkFaultSeverity  *severity);
const char  *hk_fault_severity_get_title      (HkFaultSeverity   severity);

typedef enum
{
  HK_INCIDENT_DISTURBANCE,
  HK_INCIDENT_DAMAGE,
  HK_INCIDENT_ILLNESS,     /* a customer taken ill */
  HK_INCIDENT_THEFT,
  HK_INCIDENT_EVACUATION,
  HK_INCIDENT_OTHER,
} HkIncidentKind;

#define HK_INCIDENT_N_KINDS 6
#define HK_TYPE_INCIDENT_KIND (hk_incident_kind_get_type ())
GType        hk_incident_kind_get_type        (void) G_GNUC_CONST;
const char  *hk_incident_kind_to_id           (HkIncidentKind    kind);
gboolean     hk_incident_kind_from_id         (const char       *id,
                                               HkIncidentKind   *kind);
const char  *hk_incident_kind_get_title       (HkIncidentKind    kind);

typedef enum
{
  HK_DEMAND_HANDSET,
  HK_DEMAND_PLAN,
  HK_DEMAND_SERVICE,
  HK_DEMAND_ACCESSORY,
  HK_DEMAND_OTHER,
} HkDemandTheme;

#define HK_DEMAND_N_THEMES 5
#define HK_TYPE_DEMAND_THEME (hk_demand_theme_get_type ())
GType        hk_demand_theme_get_type         (void) G_GNUC_CONST;
const char  *hk_demand_theme_to_id            (HkDemandTheme     theme);
gboolean     hk_demand_theme_from_id          (const char       *id,
                                               HkDemandTheme    *theme);
const char  *hk_demand_theme_get_title        (HkDemandTheme     theme);

/* What the app knows about a shift from the other records, pre-filled into its duty log. While
 * the log is open they are computed at each read (as of now, or the shift's end if that is
 * earlier); signing freezes them. */
typedef struct
{
  guint     receipts_per_hour[24];     /* receipts issued (not void) in each local hour of the
                                        * shift; hours outside the shift are 0 */
  guint     receipts;                  /* their sum */
  guint     complaints_received;       /* received within the shift */
  guint     overdue_complaints;        /* open past their deadline at the moment */
  guint     overdue_repairs;           /* tickets overdue at the moment */
  guint     unsigned_daily_reports;    /* submitted for the log's day or earlier, not signed */
  guint     opinion_entries_waiting;   /* of the log's day or earlier, not processed */
  guint     open_faults;               /* facility faults open at the moment */
  guint     safety_checks;             /* safety checks done in the shift */
  guint     failed_safety_items;       /* items failed in them */
  guint     incidents;                 /* incidents that occurred in the shift */
  guint     incidents_awaiting_report; /* serious ones of the shift with no report yet */
  guint     missed_cleaning_rounds;    /* windows ending within the shift by the moment, with
                                        * no round */
  gint64    as_of;                     /* the moment they describe */
  gboolean  frozen;                    /* as signed, not live */
} HkDutyLogFacts;

#define HK_TYPE_DUTY_LOG_FACTS (hk_duty_log_facts_get_type ())
GType           hk_duty_log_facts_get_type (void) G_GNUC_CONST;
HkDutyLogFacts *hk_duty_log_facts_copy     (const HkDutyLogFacts *self);
void            hk_duty_log_facts_free     (HkDutyLogFacts       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkDutyLogFacts, hk_duty_log_facts_free)

/* One item of a safety check, as recorded. */
typedef struct
{
  gint64    item_id;
  char     *item_name;
  gboolean  passed;
  char     *note;       /* required when failed */
  gint64    fault_id;   /* the facility fault a failed item opened; 0 when passed */
} HkSafetyCheckResult;

#define HK_TYPE_SAFETY_CHECK_RESULT (hk_safety_check_result_get_type ())
GType                hk_safety_check_result_get_type (void) G_GNUC_CONST;
HkSafetyCheckResult *hk_safety_check_result_copy     (const HkSafetyCheckResult *self);
void                 hk_safety_check_result_free     (HkSafetyCheckResult       *self);

/* One window of a cleaning task on a day: one round is due in [start, end). A round done at
 * exactly @end belongs to the next window. A window is missed when it has no round and @end
 * is not after the moment it is looked at. */
typedef struct
{
  gint64    task_id;
  char     *task_name;
  gint64    start;
  gint64    end;
  gint64    done_at;  /* the first round in the window; 0 if none */
  gboolean  missed;
} HkCleaningWindow;

#define HK_TYPE_CLEANING_WINDOW (hk_cleaning_window_get_type ())
GType             hk_cleaning_window_get_type (void) G_GNUC_CONST;
HkCleaningWindow *hk_cleaning_window_copy     (const HkCleaningWindow *self);
void              hk_cleaning_window_free     (HkCleaningWindow       *self);

/* How many customer demand records of a theme a period holds, and the most asked-for item. */
typedef struct
{
  HkDemandTheme  theme;
  guint          count;
  char          *top_wanted;  /* NULL when count is 0 */
  guint          top_count;
} HkDemandCount;

#define HK_TYPE_DEMAND_COUNT (hk_demand_count_get_type ())
GType          hk_demand_count_get_type (void) G_GNUC_CONST;
HkDemandCount *hk_demand_count_copy     (const HkDemandCount *self);
void           hk_demand_count_free     (HkDemandCount       *self);

G_END_DECLS
