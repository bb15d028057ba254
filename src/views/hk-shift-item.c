/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift-item.c: one clerk's shift in the duty manager's Shifts list, and its state.
 *
 * A value made from an HkShift, the clerk's and the validator's names and the
 * hall's time zone, with every text the list shows ready as a property, so
 * that the column view binds to them and the tests read the same words. An
 * open shift has no count yet, so its money columns show a dash; a reopened
 * shift is open again and shows the same.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-cash-desk-format.h"
#include "hk-shift-item.h"

/* What a money column shows before the blind count. */
#define NO_COUNT "—"

struct _HkShiftItem
{
  GObject           parent_instance;

  HkShift          *shift;
  char             *clerk_name;
  char             *hours_label;
  char             *float_label;
  char             *expected_label;
  char             *counted_label;
  char             *difference_label;
  char             *state_label;
  char             *description;
  HkShiftItemState  state;
};

G_DEFINE_FINAL_TYPE (HkShiftItem, hk_shift_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (HkShiftItemState, hk_shift_item_state,
                    G_DEFINE_ENUM_VALUE (HK_SHIFT_ITEM_WAITING, "waiting"),
                    G_DEFINE_ENUM_VALUE (HK_SHIFT_ITEM_REOPENED, "reopened"),
                    G_DEFINE_ENUM_VALUE (HK_SHIFT_ITEM_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (HK_SHIFT_ITEM_VALIDATED, "validated"))

enum {
  PROP_0,
  PROP_SHIFT,
  PROP_CLERK_NAME,
  PROP_OPENED_AT,
  PROP_HOURS_LABEL,
  PROP_FLOAT_LABEL,
  PROP_EXPECTED_LABEL,
  PROP_COUNTED_LABEL,
  PROP_COUNTED,
  PROP_DIFFERENCE,
  PROP_DIFFERENCE_LABEL,
  PROP_DIFFERENCE_ICON,
  PROP_STATE,
  PROP_STATE_RANK,
  PROP_STATE_LABEL,
  PROP_STATE_ICON,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HkShiftItemState
hk_shift_item_state_for_shift (HkShift *shift)
{
  g_return_val_if_fail (HK_IS_SHIFT (shift), HK_SHIFT_ITEM_OPEN);

  switch (hk_shift_get_status (shift))
    {
    case HK_SHIFT_CLOSED:
      return HK_SHIFT_ITEM_WAITING;
    case HK_SHIFT_VALIDATED:
      return HK_SHIFT_ITEM_VALIDATED;
    case HK_SHIFT_OPEN:
    default:
      return hk_shift_get_times_reopened (shift) > 0 ? HK_SHIFT_ITEM_REOPENED
                                                     : HK_SHIFT_ITEM_OPEN;
    }
}

const char *
hk_shift_item_state_get_icon_name (HkShiftItemState state)
{
  switch (state)
    {
    case HK_SHIFT_ITEM_WAITING:
      return "document-open-recent-symbolic";
    case HK_SHIFT_ITEM_REOPENED:
      return "edit-undo-symbolic";
    case HK_SHIFT_ITEM_OPEN:
      return "media-playback-start-symbolic";
    case HK_SHIFT_ITEM_VALIDATED:
      return "emblem-ok-symbolic";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The icon that says the same as the difference's words: a warning, or a tick when it agrees. */
const char *
hk_shift_item_difference_icon_name (gint64 difference)
{
  return difference == 0 ? "emblem-ok-symbolic" : "dialog-warning-symbolic";
}

/* "18:00" when @unix_seconds is on @day in the hall, else "2024-03-16 09:10". */
static char *
format_time_on (gint64      unix_seconds,
                const char *day,
                GTimeZone  *time_zone)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *local_day = NULL;

  if (utc == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (utc, time_zone);
  local_day = g_date_time_format (local, "%Y-%m-%d");

  return g_date_time_format (local, g_strcmp0 (local_day, day) == 0 ? "%H:%M" : "%Y-%m-%d %H:%M");
}

static char *
describe_state (HkShiftItem *self,
                const char  *validator_name,
                GTimeZone   *time_zone)
{
  const char *day = hk_shift_get_business_day (self->shift);

  switch (self->state)
    {
    case HK_SHIFT_ITEM_WAITING:
      return g_strdup (C_("shift state", "Closed, waiting for validation"));
    case HK_SHIFT_ITEM_REOPENED:
      return g_strdup (C_("shift state", "Reopened"));
    case HK_SHIFT_ITEM_VALIDATED:
      {
        g_autofree char *at = format_time_on (hk_shift_get_validated_at (self->shift), day,
                                              time_zone);

        /* Translators: a shift's state, e.g. "Validated by 郑伟 at 18:00" */
        return g_strdup_printf (C_("shift state", "Validated by %s at %s"), validator_name, at);
      }
    case HK_SHIFT_ITEM_OPEN:
    default:
      return g_strdup (C_("shift state", "Open"));
    }
}

/* The tooltip of the state: what happens next, and how often the shift was reopened. */
static char *
describe_next_step (HkShiftItem *self)
{
  guint times = hk_shift_get_times_reopened (self->shift);
  GString *text = g_string_new (NULL);

  switch (self->state)
    {
    case HK_SHIFT_ITEM_WAITING:
      g_string_append (text, _("The clerk closed the shift with a blind count; a duty manager "
                               "validates it or reopens it."));
      break;
    case HK_SHIFT_ITEM_REOPENED:
      g_string_append (text, _("A duty manager reopened the shift: the clerk counts the drawer "
                               "and closes it again."));
      break;
    case HK_SHIFT_ITEM_OPEN:
      g_string_append (text, _("The clerk is at the counter; the count comes at the close."));
      break;
    case HK_SHIFT_ITEM_VALIDATED:
    default:
      g_string_append (text, _("A duty manager confirmed the count."));
      break;
    }

  if (times > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Reopened %u time.",
                                                 "Reopened %u times.", times), times);
    }

  return g_string_free (text, FALSE);
}

static void
hk_shift_item_finalize (GObject *object)
{
  HkShiftItem *self = (HkShiftItem *)object;

  g_clear_object (&self->shift);
  g_clear_pointer (&self->clerk_name, g_free);
  g_clear_pointer (&self->hours_label, g_free);
  g_clear_pointer (&self->float_label, g_free);
  g_clear_pointer (&self->expected_label, g_free);
  g_clear_pointer (&self->counted_label, g_free);
  g_clear_pointer (&self->difference_label, g_free);
  g_clear_pointer (&self->state_label, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hk_shift_item_parent_class)->finalize (object);
}

static gboolean
is_counted (HkShiftItem *self)
{
  return hk_shift_get_status (self->shift) != HK_SHIFT_OPEN;
}

static void
hk_shift_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HkShiftItem *self = HK_SHIFT_ITEM (object);

  switch (prop_id)
    {
    case PROP_SHIFT:
      g_value_set_object (value, self->shift);
      break;
    case PROP_CLERK_NAME:
      g_value_set_string (value, self->clerk_name);
      break;
    case PROP_OPENED_AT:
      g_value_set_int64 (value, hk_shift_get_opened_at (self->shift));
      break;
    case PROP_HOURS_LABEL:
      g_value_set_string (value, self->hours_label);
      break;
    case PROP_FLOAT_LABEL:
      g_value_set_string (value, self->float_label);
      break;
    case PROP_EXPECTED_LABEL:
      g_value_set_string (value, self->expected_label);
      break;
    case PROP_COUNTED_LABEL:
      g_value_set_string (value, self->counted_label);
      break;
    case PROP_COUNTED:
      g_value_set_boolean (value, is_counted (self));
      break;
    case PROP_DIFFERENCE:
      g_value_set_int64 (value, is_counted (self) ? hk_shift_get_cash_difference (self->shift) : 0);
      break;
    case PROP_DIFFERENCE_LABEL:
      g_value_set_string (value, self->difference_label);
      break;
    case PROP_DIFFERENCE_ICON:
      g_value_set_string (value, is_counted (self)
                                 ? hk_shift_item_difference_icon_name (
                                     hk_shift_get_cash_difference (self->shift))
                                 : NULL);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_STATE_RANK:
      g_value_set_int (value, (int)self->state);
      break;
    case PROP_STATE_LABEL:
      g_value_set_string (value, self->state_label);
      break;
    case PROP_STATE_ICON:
      g_value_set_string (value, hk_shift_item_state_get_icon_name (self->state));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_shift_item_class_init (HkShiftItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_shift_item_finalize;
  object_class->get_property = hk_shift_item_get_property;

  properties[PROP_SHIFT] = g_param_spec_object ("shift", NULL, NULL, HK_TYPE_SHIFT, flags);
  properties[PROP_CLERK_NAME] = g_param_spec_string ("clerk-name", NULL, NULL, NULL, flags);
  properties[PROP_OPENED_AT] =
    g_param_spec_int64 ("opened-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /* "08:30 – 17:45", or "08:30 –" while open. */
  properties[PROP_HOURS_LABEL] = g_param_spec_string ("hours-label", NULL, NULL, NULL, flags);
  properties[PROP_FLOAT_LABEL] = g_param_spec_string ("float-label", NULL, NULL, NULL, flags);
  properties[PROP_EXPECTED_LABEL] =
    g_param_spec_string ("expected-label", NULL, NULL, NULL, flags);
  properties[PROP_COUNTED_LABEL] = g_param_spec_string ("counted-label", NULL, NULL, NULL, flags);
  properties[PROP_COUNTED] = g_param_spec_boolean ("counted", NULL, NULL, FALSE, flags);
  /* Counted minus expected; 0 before the count. */
  properties[PROP_DIFFERENCE] =
    g_param_spec_int64 ("difference", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_DIFFERENCE_LABEL] =
    g_param_spec_string ("difference-label", NULL, NULL, NULL, flags);
  properties[PROP_DIFFERENCE_ICON] =
    g_param_spec_string ("difference-icon", NULL, NULL, NULL, flags);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, HK_TYPE_SHIFT_ITEM_STATE, HK_SHIFT_ITEM_OPEN, flags);
  /* The state as a number, for a GtkNumericSorter: what waits for the duty manager first. */
  properties[PROP_STATE_RANK] = g_param_spec_int ("state-rank", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, NULL, flags);
  properties[PROP_STATE_ICON] = g_param_spec_string ("state-icon", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_shift_item_init (HkShiftItem *self)
{
}

/**
 * hk_shift_item_new:
 * @clerk_name: the clerk's display name
 * @validator_name: (nullable): the display name of the duty manager who validated the shift
 * @time_zone: the hall's time zone, for the times shown
 */
HkShiftItem *
hk_shift_item_new (HkShift    *shift,
                   const char *clerk_name,
                   const char *validator_name,
                   GTimeZone  *time_zone)
{
  HkShiftItem *self;
  g_autofree char *opened = NULL;
  const char *day;

  g_return_val_if_fail (HK_IS_SHIFT (shift), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  day = hk_shift_get_business_day (shift);

  self = g_object_new (HK_TYPE_SHIFT_ITEM, NULL);
  self->shift = g_object_ref (shift);
  self->clerk_name = g_strdup (clerk_name);
  self->state = hk_shift_item_state_for_shift (shift);
  opened = format_time_on (hk_shift_get_opened_at (shift), day, time_zone);
  self->float_label = hk_money_format (hk_shift_get_opening_float (shift));

  if (is_counted (self))
    {
      g_autofree char *closed = format_time_on (hk_shift_get_closed_at (shift), day, time_zone);

      self->hours_label = g_strdup_printf ("%s – %s", opened, closed);
      self->expected_label = hk_money_format (hk_shift_get_expected_cash (shift));
      self->counted_label = hk_money_format (hk_shift_get_counted_cash (shift));
      self->difference_label = hk_cash_desk_format_difference_brief (
                                 hk_shift_get_cash_difference (shift));
    }
  else
    {
      self->hours_label = g_strdup_printf ("%s –", opened);
      self->expected_label = g_strdup (NO_COUNT);
      self->counted_label = g_strdup (NO_COUNT);
      self->difference_label = g_strdup (NO_COUNT);
    }

  self->state_label = describe_state (self, validator_name != NULL ? validator_name : "?",
                                      time_zone);
  self->description = describe_next_step (self);

  return self;
}

HkShift *
hk_shift_item_get_shift (HkShiftItem *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_ITEM (self), NULL);

  return self->shift;
}

gint64
hk_shift_item_get_id (HkShiftItem *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_ITEM (self), 0);

  return hk_shift_get_id (self->shift);
}

const char *
hk_shift_item_get_clerk_name (HkShiftItem *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_ITEM (self), NULL);

  return self->clerk_name;
}

HkShiftItemState
hk_shift_item_get_state (HkShiftItem *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_ITEM (self), HK_SHIFT_ITEM_OPEN);

  return self->state;
}

/* The state as the list says it, e.g. "Validated by 郑伟 at 18:00". */
const char *
hk_shift_item_get_state_label (HkShiftItem *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_ITEM (self), NULL);

  return self->state_label;
}

/* The difference as the list says it, e.g. "Short by ¥50.00", or a dash before the count. */
const char *
hk_shift_item_get_difference_label (HkShiftItem *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_ITEM (self), NULL);

  return self->difference_label;
}
