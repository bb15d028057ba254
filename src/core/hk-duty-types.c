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

/* The id, the parse and the title of an enum over its table of words. */
#define DEFINE_WORD_FUNCTIONS(Type, prefix, words, n_words) \
  const char * \
  prefix##_to_id (Type value) \
  { \
    g_return_val_if_fail ((guint)value < (n_words), NULL); \
    return words[value].id; \
  } \
  \
  gboolean \
  prefix##_from_id (const char *id, \
                    Type       *value) \
  { \
    int found = 0; \
    \
    if (!word_from_id (words, (n_words), id, &found)) \
      return FALSE; \
    *value = (Type)found; \
    return TRUE; \
  } \
  \
  const char * \
  prefix##_get_title (Type value) \
  { \
    g_return_val_if_fail ((guint)value < (n_words), NULL); \
    return word_title (&words[value]); \
  }

G_DEFINE_ENUM_TYPE (HkDutyShift, hk_duty_shift,
                    G_DEFINE_ENUM_VALUE (HK_DUTY_SHIFT_EARLY, "early"),
                    G_DEFINE_ENUM_VALUE (HK_DUTY_SHIFT_LATE, "late"))

static const Word shifts[HK_DUTY_N_SHIFTS] = {
  { "early", "duty shift", NC_("duty shift", "Early shift") },
  { "late", "duty shift", NC_("duty shift", "Late shift") },
};

DEFINE_WORD_FUNCTIONS (HkDutyShift, hk_duty_shift, shifts, HK_DUTY_N_SHIFTS)

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

static const Word log_statuses[HK_DUTY_LOG_N_STATUSES] = {
  { "open", "duty log status", NC_("duty log status", "Open") },
  { "signed", "duty log status", NC_("duty log status", "Signed") },
  { "acknowledged", "duty log status", NC_("duty log status", "Acknowledged") },
};

DEFINE_WORD_FUNCTIONS (HkDutyLogStatus, hk_duty_log_status, log_statuses, HK_DUTY_LOG_N_STATUSES)

G_DEFINE_ENUM_TYPE (HkBriefingKind, hk_briefing_kind,
                    G_DEFINE_ENUM_VALUE (HK_BRIEFING_PRE_SHIFT, "pre-shift"),
                    G_DEFINE_ENUM_VALUE (HK_BRIEFING_POST_SHIFT, "post-shift"))

static const Word briefing_kinds[HK_BRIEFING_N_KINDS] = {
  { "pre-shift", "briefing", NC_("briefing", "Pre-shift briefing") },
  { "post-shift", "briefing", NC_("briefing", "Post-shift review") },
};

DEFINE_WORD_FUNCTIONS (HkBriefingKind, hk_briefing_kind, briefing_kinds, HK_BRIEFING_N_KINDS)

G_DEFINE_ENUM_TYPE (HkFaultSeverity, hk_fault_severity,
                    G_DEFINE_ENUM_VALUE (HK_FAULT_MINOR, "minor"),
                    G_DEFINE_ENUM_VALUE (HK_FAULT_MAJOR, "major"),
                    G_DEFINE_ENUM_VALUE (HK_FAULT_CRITICAL, "critical"))

static const Word severities[HK_FAULT_N_SEVERITIES] = {
  { "minor", "fault severity", NC_("fault severity", "Minor") },
  { "major", "fault severity", NC_("fault severity", "Major") },
  { "critical", "fault severity", NC_("fault severity", "Critical") },
};

DEFINE_WORD_FUNCTIONS (HkFaultSeverity, hk_fault_severity, severities, HK_FAULT_N_SEVERITIES)

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

DEFINE_WORD_FUNCTIONS (HkIncidentKind, hk_incident_kind, incident_kinds, HK_INCIDENT_N_KINDS)

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

DEFINE_WORD_FUNCTIONS (HkDemandTheme, hk_demand_theme, themes, HK_DEMAND_N_THEMES)

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
