/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-types.c: the words of hall operations: duty shifts, log states, briefing kinds,
 * fault severities, incident kinds, demand themes, and the small records computed for a day. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-duty-types.h"

typedef struct
{
  const char *id;
  const char *context;
  const char *title;
} Word;

static gboolean
word_from_id (const Word  *words,
              guint        n_words,
              const char  *id,
              int         *value)
{
  for (guint i = 0; id != NULL && i < n_words; i++)
    if (g_strcmp0 (words[i].id, id) == 0)
      {
        *value = (int)i;
        return TRUE;
      }

  return FALSE;
}

static const char *
word_title (const Word *word)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, word->context, word->title);
}

G_DEFINE_ENUM_TYPE (HkDutyShift, hk_duty_shift,
                    G_DEFINE_ENUM_VALUE (HK_DUTY_SHIFT_EARLY, "early"),
                    G_DEFINE_ENUM_VALUE (HK_DUTY_SHIFT_LATE, "late"))

static const Word shifts[HK_DUTY_N_SHIFTS] = {
  { "early", "duty shift", NC_("duty shift", "Early shift") },
  { "late", "duty shift", NC_("duty shift", "Late shift") },
};

const char *
hk_duty_shift_to_id (HkDutyShift shift)
{
  g_return_val_if_fail ((guint)shift < HK_DUTY_N_SHIFTS, NULL);
  return shifts[shift].id;
}

gboolean
hk_duty_shift_from_id (const char  *id,
                       HkDutyShift *shift)
{
  int value = 0;

  if (!word_from_id (shifts, HK_DUTY_N_SHIFTS, id, &value))
    return FALSE;
  *shift = (HkDutyShift)value;
  return TRUE;
}

const char *
hk_duty_shift_get_title (HkDutyShift shift)
{
  g_return_val_if_fail ((guint)shift < HK_DUTY_N_SHIFTS, NULL);
  return word_title (&shifts[shift]);
}

/* Minutes after the hall's midnight at which @shift begins. */
guint
hk_duty_shift_get_start_minute (HkDutyShift shift)
{
  return shift == HK_DUTY_SHIFT_EARLY ? HK_DUTY_EARLY_START_MINUTE : HK_DUTY_LATE_START_MINUTE;
}

/* Minutes after the hall's midnight at which @shift ends (the next one begins). */
guint
hk_duty_shift_get_end_minute (HkDutyShift shift)
{
  return shift == HK_DUTY_SHIFT_EARLY ? HK_DUTY_LATE_START_MINUTE : HK_DUTY_LATE_END_MINUTE;
}

G_DEFINE_ENUM_TYPE (HkDutyLogStatus, hk_duty_log_status,
                    G_DEFINE_ENUM_VALUE (HK_DUTY_LOG_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (HK_DUTY_LOG_SIGNED, "signed"),
                    G_DEFINE_ENUM_VALUE (HK_DUTY_LOG_ACKNOWLEDGED, "acknowledged"))

static const Word log_statuses[] = {
  { "open", "duty log status", NC_("duty log status", "Open") },
  { "signed", "duty log status", NC_("duty log status", "Signed") },
  { "acknowledged", "duty log status", NC_("duty log status", "Acknowledged") },
};

const char *
hk_duty_log_status_to_id (HkDutyLogStatus status)
{
  g_return_val_if_fail ((guint)status < G_N_ELEMENTS (log_statuses), NULL);
  return log_statuses[status].id;
}

const char *
hk_duty_log_status_get_title (HkDutyLogStatus status)
{
  g_return_val_if_fail ((guint)status < G_N_ELEMENTS (log_statuses), NULL);
  return word_title (&log_statuses[status]);
}

G_DEFINE_ENUM_TYPE (HkBriefingKind, hk_briefing_kind,
                    G_DEFINE_ENUM_VALUE (HK_BRIEFING_PRE_SHIFT, "pre-shift"),
                    G_DEFINE_ENUM_VALUE (HK_BRIEFING_POST_SHIFT, "post-shift"))

static const Word briefing_kinds[HK_BRIEFING_N_KINDS] = {
  { "pre-shift", "briefing", NC_("briefing", "Pre-shift briefing") },
  { "post-shift", "briefing", NC_("briefing", "Post-shift review") },
};

const char *
hk_briefing_kind_to_id (HkBriefingKind kind)
{
  g_return_val_if_fail ((guint)kind < HK_BRIEFING_N_KINDS, NULL);
  return briefing_kinds[kind].id;
}

gboolean
hk_briefing_kind_from_id (const char     *id,
                          HkBriefingKind *kind)
{
  int value = 0;

  if (!word_from_id (briefing_kinds, HK_BRIEFING_N_KINDS, id, &value))
    return FALSE;
  *kind = (HkBriefingKind)value;
  return TRUE;
}

const char *
hk_briefing_kind_get_title (HkBriefingKind kind)
{
  g_return_val_if_fail ((guint)kind < HK_BRIEFING_N_KINDS, NULL);
  return word_title (&briefing_kinds[kind]);
}

G_DEFINE_ENUM_TYPE (HkFaultSeverity, hk_fault_severity,
                    G_DEFINE_ENUM_VALUE (HK_FAULT_MINOR, "minor"),
                    G_DEFINE_ENUM_VALUE (HK_FAULT_MAJOR, "major"),
                    G_DEFINE_ENUM_VALUE (HK_FAULT_CRITICAL, "critical"))

static const Word severities[HK_FAULT_N_SEVERITIES] = {
  { "minor", "fault severity", NC_("fault severity", "Minor") },
  { "major", "fault severity", NC_("fault severity", "Major") },
  { "critical", "fault severity", NC_("fault severity", "Critical") },
};

const char *
hk_fault_severity_to_id (HkFaultSeverity severity)
{
  g_return_val_if_fail ((guint)severity < HK_FAULT_N_SEVERITIES, NULL);
  return severities[severity].id;
}

gboolean
hk_fault_severity_from_id (const char      *id,
                           HkFaultSeverity *severity)
{
  int value = 0;

  if (!word_from_id (severities, HK_FAULT_N_SEVERITIES, id, &value))
    return FALSE;
  *severity = (HkFaultSeverity)value;
  return TRUE;
}

const char *
hk_fault_severity_get_title (HkFaultSeverity severity)
{
  g_return_val_if_fail ((guint)severity < HK_FAULT_N_SEVERITIES, NULL);
  return word_title (&severities[severity]);
}

G_DEFINE_ENUM_TYPE (HkIncidentKind, hk_incident_kind,
                    G_DEFINE_ENUM_VALUE (HK_INCIDENT_DISTURBANCE, "disturbance"),
                    G_DEFINE_ENUM_VALUE (HK_INCIDENT_DAMAGE, "damage"),
                    G_DEFINE_ENUM_VALUE (HK_INCIDENT_ILLNESS, "illness"),
                    G_DEFINE_ENUM_VALUE (HK_INCIDENT_THEFT, "theft"),
                    G_DEFINE_ENUM_VALUE (HK_INCIDENT_EVACUATION, "evacuation"),
                    G_DEFINE_ENUM_VALUE (HK_INCIDENT_OTHER, "other"))

static const Word incident_kinds[HK_INCIDENT_N_KINDS] = {
  { "disturbance", "incident", NC_("incident", "Disturbance") },
  { "damage", "incident", NC_("incident", "Damage") },
  { "illness", "incident", NC_("incident", "Customer taken ill") },
  { "theft", "incident", NC_("incident", "Theft") },
  { "evacuation", "incident", NC_("incident", "Evacuation") },
  { "other", "incident", NC_("incident", "Other") },
};

const char *
hk_incident_kind_to_id (HkIncidentKind kind)
{
  g_return_val_if_fail ((guint)kind < HK_INCIDENT_N_KINDS, NULL);
  return incident_kinds[kind].id;
}

gboolean
hk_incident_kind_from_id (const char     *id,
                          HkIncidentKind *kind)
{
  int value = 0;

  if (!word_from_id (incident_kinds, HK_INCIDENT_N_KINDS, id, &value))
    return FALSE;
  *kind = (HkIncidentKind)value;
  return TRUE;
}

const char *
hk_incident_kind_get_title (HkIncidentKind kind)
{
  g_return_val_if_fail ((guint)kind < HK_INCIDENT_N_KINDS, NULL);
  return word_title (&incident_kinds[kind]);
}

G_DEFINE_ENUM_TYPE (HkDemandTheme, hk_demand_theme,
                    G_DEFINE_ENUM_VALUE (HK_DEMAND_HANDSET, "handset"),
                    G_DEFINE_ENUM_VALUE (HK_DEMAND_PLAN, "plan"),
                    G_DEFINE_ENUM_VALUE (HK_DEMAND_SERVICE, "service"),
                    G_DEFINE_ENUM_VALUE (HK_DEMAND_ACCESSORY, "accessory"),
                    G_DEFINE_ENUM_VALUE (HK_DEMAND_OTHER, "other"))

static const Word themes[HK_DEMAND_N_THEMES] = {
  { "handset", "demand theme", NC_("demand theme", "Handset model") },
  { "plan", "demand theme", NC_("demand theme", "Plan") },
  { "service", "demand theme", NC_("demand theme", "Service") },
  { "accessory", "demand theme", NC_("demand theme", "Accessory") },
  { "other", "demand theme", NC_("demand theme", "Other") },
};

const char *
hk_demand_theme_to_id (HkDemandTheme theme)
{
  g_return_val_if_fail ((guint)theme < HK_DEMAND_N_THEMES, NULL);
  return themes[theme].id;
}

gboolean
hk_demand_theme_from_id (const char    *id,
                         HkDemandTheme *theme)
{
  int value = 0;

  if (!word_from_id (themes, HK_DEMAND_N_THEMES, id, &value))
    return FALSE;
  *theme = (HkDemandTheme)value;
  return TRUE;
}

const char *
hk_demand_theme_get_title (HkDemandTheme theme)
{
  g_return_val_if_fail ((guint)theme < HK_DEMAND_N_THEMES, NULL);
  return word_title (&themes[theme]);
}

G_DEFINE_BOXED_TYPE (HkDutyLogFacts, hk_duty_log_facts, hk_duty_log_facts_copy,
                     hk_duty_log_facts_free)

HkDutyLogFacts *
hk_duty_log_facts_copy (const HkDutyLogFacts *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
hk_duty_log_facts_free (HkDutyLogFacts *self)
{
  g_free (self);
}

G_DEFINE_BOXED_TYPE (HkSafetyCheckResult, hk_safety_check_result, hk_safety_check_result_copy,
                     hk_safety_check_result_free)

HkSafetyCheckResult *
hk_safety_check_result_copy (const HkSafetyCheckResult *self)
{
  HkSafetyCheckResult *copy = g_memdup2 (self, sizeof *self);

  copy->item_name = g_strdup (self->item_name);
  copy->note = g_strdup (self->note);
  return copy;
}

void
hk_safety_check_result_free (HkSafetyCheckResult *self)
{
  if (self == NULL)
    return;
  g_free (self->item_name);
  g_free (self->note);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (HkCleaningWindow, hk_cleaning_window, hk_cleaning_window_copy,
                     hk_cleaning_window_free)

HkCleaningWindow *
hk_cleaning_window_copy (const HkCleaningWindow *self)
{
  HkCleaningWindow *copy = g_memdup2 (self, sizeof *self);

  copy->task_name = g_strdup (self->task_name);
  return copy;
}

void
hk_cleaning_window_free (HkCleaningWindow *self)
{
  if (self == NULL)
    return;
  g_free (self->task_name);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (HkDemandCount, hk_demand_count, hk_demand_count_copy, hk_demand_count_free)

HkDemandCount *
hk_demand_count_copy (const HkDemandCount *self)
{
  HkDemandCount *copy = g_memdup2 (self, sizeof *self);

  copy->top_wanted = g_strdup (self->top_wanted);
  return copy;
}

void
hk_demand_count_free (HkDemandCount *self)
{
  if (self == NULL)
    return;
  g_free (self->top_wanted);
  g_free (self);
}
