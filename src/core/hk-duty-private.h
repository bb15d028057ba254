/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-private.h: how HkDutyStore builds the hall operations' items from rows. */

#pragma once

#include "hk-duty-types.h"
#include "hk-duty-log.h"
#include "hk-duty-log-remark.h"
#include "hk-briefing.h"
#include "hk-safety-check-item.h"
#include "hk-safety-check.h"
#include "hk-facility-fault.h"
#include "hk-incident.h"
#include "hk-cleaning-task.h"
#include "hk-cleaning-round.h"
#include "hk-cash-escort.h"
#include "hk-training-session.h"
#include "hk-assessment.h"
#include "hk-customer-demand.h"

G_BEGIN_DECLS

typedef struct
{
  gint64            id;
  char             *day;
  HkDutyShift       shift;
  HkDutyLogStatus   status;
  gint64            shift_start;
  gint64            shift_end;
  char             *staff_on_duty;
  char             *deployment;
  char             *busy_periods;
  char             *notable_events;
  char             *escalations;
  char             *handover_notes;
  gint64            written_at;
  gint64            written_by;
  char             *written_by_name;
  gint64            signed_at;
  gint64            signed_by;
  char             *signed_by_name;
  gint64            acknowledged_at;
  gint64            acknowledged_by;
  char             *acknowledged_by_name;
  HkDutyLogFacts   *facts;
  GPtrArray        *remarks;
  GPtrArray        *open_faults;
  GPtrArray        *incidents;
  GPtrArray        *cleaning_windows;
} HkDutyLogData;

HkDutyLog *hk_duty_log_new_take (HkDutyLogData *data);

typedef struct
{
  gint64  id;
  gint64  log_id;
  char   *text;
  gint64  written_at;
  gint64  written_by;
  char   *written_by_name;
} HkDutyLogRemarkData;

HkDutyLogRemark *hk_duty_log_remark_new_take (HkDutyLogRemarkData *data);

typedef struct
{
  gint64          id;
  char           *day;
  HkDutyShift     shift;
  HkBriefingKind  kind;
  gint64          held_at;
  gint64          held_by;
  char           *held_by_name;
  char           *content;
  GStrv           present;
  GStrv           absent;
} HkBriefingData;

HkBriefing *hk_briefing_new_take (HkBriefingData *data);

typedef struct
{
  gint64    id;
  char     *code;
  char     *name;
  guint     position;
  gboolean  active;
} HkSafetyCheckItemData;

HkSafetyCheckItem *hk_safety_check_item_new_take (HkSafetyCheckItemData *data);

typedef struct
{
  gint64       id;
  char        *day;
  HkDutyShift  shift;
  gint64       checked_at;
  gint64       checked_by;
  char        *checked_by_name;
  GPtrArray   *results;
  guint        n_failed;
} HkSafetyCheckData;

HkSafetyCheck *hk_safety_check_new_take (HkSafetyCheckData *data);

typedef struct
{
  gint64           id;
  char            *description;
  char            *location;
  HkFaultSeverity  severity;
  gint64           reported_at;
  gint64           reported_by;
  char            *reported_by_name;
  char            *contacted;
  gint64           safety_check_id;
  gint64           fixed_at;
  gint64           fixed_by;
  char            *fixed_by_name;
  char            *fix_note;
} HkFacilityFaultData;

HkFacilityFault *hk_facility_fault_new_take (HkFacilityFaultData *data);

typedef struct
{
  gint64          id;
  HkIncidentKind  kind;
  gint64          occurred_at;
  char           *day;
  HkDutyShift     shift;
  char           *place;
  char           *people;
  char           *action_taken;
  char           *reported_to;
  gboolean        serious;
  gint64          report_due;
  gint64          entered_at;
  gint64          entered_by;
  char           *entered_by_name;
  char           *report;
  gint64          reported_at;
  gint64          reported_by;
  char           *reported_by_name;
} HkIncidentData;

HkIncident *hk_incident_new_take (HkIncidentData *data);

typedef struct
{
  gint64    id;
  char     *code;
  char     *name;
  guint     start_minute;
  guint     end_minute;
  guint     interval_minutes;
  gboolean  active;
} HkCleaningTaskData;

HkCleaningTask *hk_cleaning_task_new_take (HkCleaningTaskData *data);

typedef struct
{
  gint64  id;
  gint64  task_id;
  char   *task_name;
  gint64  done_at;
  char   *day;
  char   *cleaner;
  gint64  entered_at;
  gint64  entered_by;
  char   *entered_by_name;
} HkCleaningRoundData;

HkCleaningRound *hk_cleaning_round_new_take (HkCleaningRoundData *data);

typedef struct
{
  gint64  id;
  char   *day;
  gint64  left_at;
  gint64  returned_at;
  gint64  amount;
  char   *carrier;
  char   *guard;
  char   *note;
  gint64  deposited;
  guint   n_deposits;
  gint64  entered_at;
  gint64  entered_by;
  char   *entered_by_name;
} HkCashEscortData;

HkCashEscort *hk_cash_escort_new_take (HkCashEscortData *data);

typedef struct
{
  gint64  id;
  char   *day;
  char   *topic;
  char   *trainer;
  guint   duration_minutes;
  GStrv   attendees;
  gint64  entered_at;
  gint64  entered_by;
  char   *entered_by_name;
} HkTrainingSessionData;

HkTrainingSession *hk_training_session_new_take (HkTrainingSessionData *data);

typedef struct
{
  gint64    id;
  char     *day;
  char     *person;
  char     *subject;
  guint     score;
  gboolean  passed;
  gint64    session_id;
  char     *note;
  gint64    entered_at;
  gint64    entered_by;
  char     *entered_by_name;
} HkAssessmentData;

HkAssessment *hk_assessment_new_take (HkAssessmentData *data);

typedef struct
{
  gint64         id;
  char          *day;
  gint64         recorded_at;
  HkDemandTheme  theme;
  char          *wanted;
  char          *note;
  gint64         entered_by;
  char          *entered_by_name;
} HkCustomerDemandData;

HkCustomerDemand *hk_customer_demand_new_take (HkCustomerDemandData *data);

G_END_DECLS
