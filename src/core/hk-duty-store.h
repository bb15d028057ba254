/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-store.h: hall operations (issue 12): the duty manager's duty logs, briefings, safety
 * checks, facility faults, incidents, cleaning rounds and cash escort trips, and the
 * supervisor's training records and customer demand records. */

#pragma once

#include <glib-object.h>

#include "hk-assessment.h"
#include "hk-briefing.h"
#include "hk-cash-escort.h"
#include "hk-cleaning-round.h"
#include "hk-cleaning-task.h"
#include "hk-complaint-store.h"
#include "hk-customer-demand.h"
#include "hk-database.h"
#include "hk-duty-log.h"
#include "hk-duty-log-remark.h"
#include "hk-duty-types.h"
#include "hk-facility-fault.h"
#include "hk-hall-store.h"
#include "hk-incident.h"
#include "hk-operator.h"
#include "hk-repair-store.h"
#include "hk-safety-check.h"
#include "hk-safety-check-item.h"
#include "hk-training-session.h"

G_BEGIN_DECLS

/* Who keeps the duty manager's books: duty logs, briefings, safety checks, faults, incidents,
 * cleaning rounds and escort trips. Guards, cleaners and salespeople do not log in: the duty
 * manager enters their rounds, incidents and trips with their names. */
#define HK_DUTY_ROLES (HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR)
/* Who sets up the safety checklist and the cleaning schedule. */
#define HK_DUTY_SETUP_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_ADMINISTRATOR)
/* Who records training sessions and assessments. */
#define HK_TRAINING_ROLES (HK_ROLE_SUPERVISOR)
/* Who records customer demand: the counter staff (for salespeople and greeters) and the duty
 * managers. */
#define HK_DEMAND_ROLES (HK_ROLE_CLERK | HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR)

#define HK_DUTY_TEXT_MAX_LENGTH 4000
#define HK_DUTY_NAME_MAX_LENGTH 64
#define HK_ASSESSMENT_PASS_SCORE 60
/* A record of the hall's work is of the last this many days, not older. */
#define HK_DUTY_MAX_AGE_DAYS 31

/* What the duty manager writes in a log; NULL or empty for nothing. */
typedef struct
{
  const char *staff_on_duty;
  const char *deployment;
  const char *busy_periods;
  const char *notable_events;
  const char *escalations;
  const char *handover_notes;
} HkDutyLogInput;

/* One answer of a safety check: every active checklist item is answered once. */
typedef struct
{
  gint64           item_id;
  gboolean         passed;
  const char      *note;      /* required when failed: what is wrong */
  HkFaultSeverity  severity;  /* of the fault a failed item opens */
} HkSafetyCheckAnswer;

typedef struct
{
  const char      *description;
  const char      *location;
  HkFaultSeverity  severity;
  const char      *contacted;   /* nullable */
} HkFacilityFaultInput;

typedef struct
{
  HkIncidentKind  kind;
  gint64          occurred_at;   /* not in the future, within #HK_DUTY_MAX_AGE_DAYS */
  const char     *place;
  const char     *people;
  const char     *action_taken;
  const char     *reported_to;   /* nullable */
  gboolean        serious;       /* needs the duty manager's report within the shift */
} HkIncidentInput;

typedef struct
{
  gint64      left_at;
  gint64      returned_at;   /* after @left_at, not in the future */
  gint64      amount;        /* fen, above zero */
  const char *carrier;
  const char *guard;
  const char *note;          /* nullable */
} HkCashEscortInput;

#define HK_TYPE_DUTY_STORE (hk_duty_store_get_type ())

G_DECLARE_FINAL_TYPE (HkDutyStore, hk_duty_store, HK, DUTY_STORE, GObject)

/* The store reads complaints and repairs for the duty log's pre-filled facts. */
HkDutyStore       *hk_duty_store_new                   (HkDatabase                 *database,
                                                        HkHallStore                *hall,
                                                        HkComplaintStore           *complaints,
                                                        HkRepairStore              *repairs);

/* The shift a moment falls in, and its day; FALSE outside both shifts. */
gboolean           hk_duty_store_shift_at              (HkDutyStore                *self,
                                                        gint64                      at,
                                                        char                      **day,
                                                        HkDutyShift                *shift);
gboolean           hk_duty_store_get_shift_bounds      (HkDutyStore                *self,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        gint64                     *start,
                                                        gint64                     *end,
                                                        GError                    **error);

/* Duty logs. get_log always returns a log: an empty open one (id 0) if nothing is written. */
HkDutyLog         *hk_duty_store_get_log               (HkDutyStore                *self,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        GError                    **error);
HkDutyLogFacts    *hk_duty_store_compute_facts         (HkDutyStore                *self,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        GError                    **error);
HkDutyLog         *hk_duty_store_save_log              (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        const HkDutyLogInput       *input,
                                                        GError                    **error);
HkDutyLog         *hk_duty_store_sign_log              (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        GError                    **error);
HkDutyLog         *hk_duty_store_acknowledge_log       (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        GError                    **error);
HkDutyLog         *hk_duty_store_add_remark            (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        const char                 *text,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_logs             (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);

/* Briefings. */
HkBriefing        *hk_duty_store_record_briefing       (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        HkBriefingKind              kind,
                                                        const char                 *content,
                                                        const char * const         *present,
                                                        const char * const         *absent,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_briefings        (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);

/* The safety checklist and the checks. */
GPtrArray         *hk_duty_store_list_checklist        (HkDutyStore                *self,
                                                        gboolean                    active_only,
                                                        GError                    **error);
HkSafetyCheckItem *hk_duty_store_add_checklist_item    (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *code,
                                                        const char                 *name,
                                                        GError                    **error);
HkSafetyCheckItem *hk_duty_store_set_checklist_item_active (HkDutyStore            *self,
                                                        HkOperator                 *actor,
                                                        HkSafetyCheckItem          *item,
                                                        gboolean                    active,
                                                        GError                    **error);
HkSafetyCheck     *hk_duty_store_record_safety_check   (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        HkDutyShift                 shift,
                                                        const HkSafetyCheckAnswer  *answers,
                                                        guint                       n_answers,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_safety_checks    (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);

/* Facility faults. */
HkFacilityFault   *hk_duty_store_report_fault          (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const HkFacilityFaultInput *input,
                                                        GError                    **error);
HkFacilityFault   *hk_duty_store_fix_fault             (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        HkFacilityFault            *fault,
                                                        const char                 *note,
                                                        GError                    **error);
HkFacilityFault   *hk_duty_store_lookup_fault          (HkDutyStore                *self,
                                                        gint64                      fault_id,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_open_faults      (HkDutyStore                *self,
                                                        gint64                      at,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_faults           (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);

/* Incidents. */
HkIncident        *hk_duty_store_record_incident       (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const HkIncidentInput      *input,
                                                        GError                    **error);
HkIncident        *hk_duty_store_report_incident       (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        HkIncident                 *incident,
                                                        const char                 *report,
                                                        GError                    **error);
HkIncident        *hk_duty_store_lookup_incident       (HkDutyStore                *self,
                                                        gint64                      incident_id,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_incidents        (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);

/* Cleaning. */
GPtrArray         *hk_duty_store_list_cleaning_tasks   (HkDutyStore                *self,
                                                        gboolean                    active_only,
                                                        GError                    **error);
HkCleaningTask    *hk_duty_store_set_cleaning_task     (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *code,
                                                        const char                 *name,
                                                        guint                       start_minute,
                                                        guint                       end_minute,
                                                        guint                       interval,
                                                        gboolean                    active,
                                                        GError                    **error);
HkCleaningRound   *hk_duty_store_record_cleaning_round (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        gint64                      task_id,
                                                        gint64                      done_at,
                                                        const char                 *cleaner,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_cleaning_rounds  (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_cleaning_windows (HkDutyStore                *self,
                                                        const char                 *day,
                                                        gint64                      at,
                                                        GError                    **error);
gboolean           hk_duty_store_count_missed_rounds   (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        guint                      *n_missed,
                                                        GError                    **error);

/* Cash escort. */
HkCashEscort      *hk_duty_store_record_cash_escort    (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const HkCashEscortInput    *input,
                                                        GError                    **error);
HkCashEscort      *hk_duty_store_link_cash_escort_deposit (HkDutyStore             *self,
                                                        HkOperator                 *actor,
                                                        HkCashEscort               *escort,
                                                        gint64                      deposit_id,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_cash_escorts     (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);

/* Training and assessment. */
HkTrainingSession *hk_duty_store_record_training       (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        const char                 *topic,
                                                        const char                 *trainer,
                                                        guint                       minutes,
                                                        const char * const         *attendees,
                                                        GError                    **error);
HkAssessment      *hk_duty_store_record_assessment     (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        const char                 *day,
                                                        const char                 *person,
                                                        const char                 *subject,
                                                        guint                       score,
                                                        gint64                      session_id,
                                                        const char                 *note,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_training         (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        const char                 *person,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_assessments      (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        const char                 *person,
                                                        GError                    **error);
GStrv              hk_duty_store_list_trainees         (HkDutyStore                *self,
                                                        GError                    **error);

/* Customer demand. */
HkCustomerDemand  *hk_duty_store_record_demand         (HkDutyStore                *self,
                                                        HkOperator                 *actor,
                                                        HkDemandTheme               theme,
                                                        const char                 *wanted,
                                                        const char                 *note,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_list_demands          (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);
GPtrArray         *hk_duty_store_count_demands         (HkDutyStore                *self,
                                                        const char                 *first_day,
                                                        const char                 *last_day,
                                                        GError                    **error);

G_END_DECLS
