/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-types.c: the words of the repair desk: statuses and their moves, accessories,
 * conditions, warranty, fee lines and the timeline's events.
 *
 * The status machine is one table, moves[from][to]: what the repair desk may do with a
 * device, and which store function does it. Everything not in the table is refused.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-error.h"
#include "hk-input.h"
#include "hk-repair-private.h"
#include "hk-repair-store.h"
#include "hk-repair-types.h"

G_DEFINE_ENUM_TYPE (HkRepairStatus, hk_repair_status,
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_RECEIVED, "received"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_DIAGNOSING, "diagnosing"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_REPAIRING, "repairing"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_SENT_OUT, "sent-out"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_BACK_FROM_CITY, "back-from-city"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_UNREPAIRED, "unrepaired"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_PICKED_UP, "picked-up"),
                    G_DEFINE_ENUM_VALUE (HK_REPAIR_RETURNED_UNREPAIRED, "returned-unrepaired"))

static const struct
{
  const char *id;
  const char *title;
} statuses[HK_REPAIR_N_STATUSES] = {
  [HK_REPAIR_RECEIVED] = { "received", NC_("repair status", "Received") },
  [HK_REPAIR_DIAGNOSING] = { "diagnosing", NC_("repair status", "Diagnosing") },
  [HK_REPAIR_REPAIRING] = { "repairing", NC_("repair status", "Repairing in the hall") },
  [HK_REPAIR_SENT_OUT] = { "sent-out", NC_("repair status", "At the city company") },
  [HK_REPAIR_BACK_FROM_CITY] = { "back-from-city",
                                 NC_("repair status", "Back from the city company") },
  [HK_REPAIR_READY] = { "ready", NC_("repair status", "Ready for pickup") },
  [HK_REPAIR_UNREPAIRED] = { "unrepaired", NC_("repair status", "Not repaired, to hand back") },
  [HK_REPAIR_PICKED_UP] = { "picked-up", NC_("repair status", "Picked up") },
  [HK_REPAIR_RETURNED_UNREPAIRED] = { "returned-unrepaired",
                                      NC_("repair status", "Returned unrepaired") },
};

#define S HK_REPAIR_MOVE_STATUS
#define D HK_REPAIR_MOVE_DISPATCH
#define R HK_REPAIR_MOVE_RETURN
#define H HK_REPAIR_MOVE_HANDOVER

/* moves[from][to]; 0 is HK_REPAIR_MOVE_NONE. */
static const HkRepairMove moves[HK_REPAIR_N_STATUSES][HK_REPAIR_N_STATUSES] = {
  [HK_REPAIR_RECEIVED] = { [HK_REPAIR_DIAGNOSING] = S, [HK_REPAIR_UNREPAIRED] = S },
  [HK_REPAIR_DIAGNOSING] = { [HK_REPAIR_REPAIRING] = S, [HK_REPAIR_SENT_OUT] = D,
                             [HK_REPAIR_READY] = S, [HK_REPAIR_UNREPAIRED] = S },
  [HK_REPAIR_REPAIRING] = { [HK_REPAIR_SENT_OUT] = D, [HK_REPAIR_READY] = S,
                            [HK_REPAIR_UNREPAIRED] = S },
  [HK_REPAIR_SENT_OUT] = { [HK_REPAIR_BACK_FROM_CITY] = R },
  [HK_REPAIR_BACK_FROM_CITY] = { [HK_REPAIR_REPAIRING] = S, [HK_REPAIR_READY] = S,
                                 [HK_REPAIR_UNREPAIRED] = S },
  [HK_REPAIR_READY] = { [HK_REPAIR_REPAIRING] = S, [HK_REPAIR_PICKED_UP] = H },
  [HK_REPAIR_UNREPAIRED] = { [HK_REPAIR_REPAIRING] = S, [HK_REPAIR_RETURNED_UNREPAIRED] = H },
};

#undef S
#undef D
#undef R
#undef H

const char *
hk_repair_status_to_id (HkRepairStatus status)
{
  g_return_val_if_fail ((guint)status < HK_REPAIR_N_STATUSES, NULL);

  return statuses[status].id;
}

gboolean
hk_repair_status_from_id (const char     *id,
                          HkRepairStatus *status)
{
  for (guint i = 0; i < HK_REPAIR_N_STATUSES; i++)
    if (g_strcmp0 (statuses[i].id, id) == 0)
      {
        *status = (HkRepairStatus)i;
        return TRUE;
      }

  return FALSE;
}

/* The translated name of a status, e.g. "At the city company". */
const char *
hk_repair_status_get_title (HkRepairStatus status)
{
  g_return_val_if_fail ((guint)status < HK_REPAIR_N_STATUSES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "repair status", statuses[status].title);
}

/* The device has left the hall with its owner: nothing about the ticket changes any more. */
gboolean
hk_repair_status_is_final (HkRepairStatus status)
{
  return status == HK_REPAIR_PICKED_UP || status == HK_REPAIR_RETURNED_UNREPAIRED;
}

/* The device waits for its owner: it belongs on the callback list. */
gboolean
hk_repair_status_awaits_collection (HkRepairStatus status)
{
  return status == HK_REPAIR_READY || status == HK_REPAIR_UNREPAIRED;
}

/* The repair is still going on, so a promised day can be missed. */
gboolean
hk_repair_status_can_be_overdue (HkRepairStatus status)
{
  return !hk_repair_status_is_final (status) && !hk_repair_status_awaits_collection (status);
}

/**
 * hk_repair_status_get_move:
 *
 * Returns: which store function moves a ticket from @from to @to, or
 *   %HK_REPAIR_MOVE_NONE when the move is not allowed at all
 */
HkRepairMove
hk_repair_status_get_move (HkRepairStatus from,
                           HkRepairStatus to)
{
  if ((guint)from >= HK_REPAIR_N_STATUSES || (guint)to >= HK_REPAIR_N_STATUSES)
    return HK_REPAIR_MOVE_NONE;

  return moves[from][to];
}

/* Splits "a,b,c" into trimmed, non-empty ids. */
static GStrv
split_ids (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *id = g_strstrip (parts[i]);

      if (*id != '\0')
        g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

/**
 * hk_repair_statuses_parse:
 * @text: ids such as "ready,unrepaired"
 * @mask: (out): bit 1 << status for each status named
 *
 * For filters on the command line. An unknown id is an %HK_ERROR_INVALID naming the valid ones.
 */
gboolean
hk_repair_statuses_parse (const char  *text,
                          guint       *mask,
                          GError     **error)
{
  g_auto(GStrv) ids = NULL;
  guint result = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  ids = split_ids (text);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      HkRepairStatus status;

      if (!hk_repair_status_from_id (ids[i], &status))
        {
          g_autoptr(GString) valid = g_string_new (NULL);

          for (guint s = 0; s < HK_REPAIR_N_STATUSES; s++)
            g_string_append_printf (valid, "%s%s", s > 0 ? ", " : "", statuses[s].id);
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("Unknown repair status “%s”; the statuses are: %s"), ids[i], valid->str);
          return FALSE;
        }
      result |= 1u << status;
    }

  if (result == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give at least one repair status."));
      return FALSE;
    }

  *mask = result;
  return TRUE;
}

/* ---- flags: accessories and conditions ---- */

typedef struct
{
  guint       flag;
  const char *id;
  const char *title;
} FlagInfo;

static const FlagInfo accessories[HK_REPAIR_N_ACCESSORIES] = {
  { HK_REPAIR_ACCESSORY_BATTERY, "battery", NC_("accessory", "Battery") },
  { HK_REPAIR_ACCESSORY_CHARGER, "charger", NC_("accessory", "Charger") },
  { HK_REPAIR_ACCESSORY_CABLE, "cable", NC_("accessory", "Cable") },
  { HK_REPAIR_ACCESSORY_SIM_CARD, "sim-card", NC_("accessory", "SIM card") },
  { HK_REPAIR_ACCESSORY_MEMORY_CARD, "memory-card", NC_("accessory", "Memory card") },
  { HK_REPAIR_ACCESSORY_CASE, "case", NC_("accessory", "Case") },
  { HK_REPAIR_ACCESSORY_BOX, "box", NC_("accessory", "Box") },
};

static const FlagInfo conditions[HK_REPAIR_N_CONDITIONS] = {
  { HK_REPAIR_CONDITION_SCRATCHES, "scratches", NC_("device condition", "Scratches") },
  { HK_REPAIR_CONDITION_CRACKED_SCREEN, "cracked-screen",
    NC_("device condition", "Cracked screen") },
  { HK_REPAIR_CONDITION_WATER_DAMAGE, "water-damage", NC_("device condition", "Water damage") },
  { HK_REPAIR_CONDITION_NO_POWER, "no-power", NC_("device condition", "Does not power on") },
};

static const FlagInfo *
find_flag (const FlagInfo *table,
           guint           n,
           guint           flag)
{
  for (guint i = 0; i < n; i++)
    if (table[i].flag == flag)
      return &table[i];

  return NULL;
}

/* An empty text is no flags at all: a device may come without any accessory. On an unknown
 * id, returns FALSE with that id in @unknown and the valid ids in @valid. */
static gboolean
parse_flags (const FlagInfo  *table,
             guint            n,
             const char      *text,
             guint           *flags,
             char           **unknown,
             char           **valid)
{
  g_auto(GStrv) ids = split_ids (text);
  guint result = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const FlagInfo *found = NULL;

      for (guint f = 0; f < n && found == NULL; f++)
        if (g_str_equal (table[f].id, ids[i]))
          found = &table[f];

      if (found == NULL)
        {
          GString *list = g_string_new (NULL);

          for (guint f = 0; f < n; f++)
            g_string_append_printf (list, "%s%s", f > 0 ? ", " : "", table[f].id);
          *unknown = g_strdup (ids[i]);
          *valid = g_string_free (list, FALSE);
          return FALSE;
        }
      result |= found->flag;
    }

  *flags = result;
  return TRUE;
}

static char *
flags_to_text (const FlagInfo *table,
               guint           n,
               guint           flags,
               gboolean        titles,
               const char     *context)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    if (flags & table[i].flag)
      {
        if (str->len > 0)
          g_string_append (str, titles ? _(", ") : ",");
        g_string_append (str, titles ? g_dpgettext2 (GETTEXT_PACKAGE, context, table[i].title)
                                     : table[i].id);
      }

  return g_string_free (str, FALSE);
}

/* The accessories in their fixed order, for checkboxes. */
HkRepairAccessories
hk_repair_accessory_nth (guint n)
{
  g_return_val_if_fail (n < HK_REPAIR_N_ACCESSORIES, HK_REPAIR_ACCESSORY_NONE);

  return accessories[n].flag;
}

const char *
hk_repair_accessory_to_id (HkRepairAccessories accessory)
{
  const FlagInfo *info = find_flag (accessories, HK_REPAIR_N_ACCESSORIES, accessory);

  g_return_val_if_fail (info != NULL, NULL);

  return info->id;
}

const char *
hk_repair_accessory_get_title (HkRepairAccessories accessory)
{
  const FlagInfo *info = find_flag (accessories, HK_REPAIR_N_ACCESSORIES, accessory);

  g_return_val_if_fail (info != NULL, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "accessory", info->title);
}

/* Parses "battery,charger"; "" is none. */
gboolean
hk_repair_accessories_parse (const char           *text,
                             HkRepairAccessories  *out,
                             GError              **error)
{
  g_autofree char *unknown = NULL;
  g_autofree char *valid = NULL;
  guint flags = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!parse_flags (accessories, HK_REPAIR_N_ACCESSORIES, text, &flags, &unknown, &valid))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Unknown accessory “%s”; the accessories are: %s"), unknown, valid);
      return FALSE;
    }

  *out = flags;
  return TRUE;
}

char *
hk_repair_accessories_to_ids (HkRepairAccessories flags)
{
  return flags_to_text (accessories, HK_REPAIR_N_ACCESSORIES, flags, FALSE, NULL);
}

/* "Battery, Charger" in the user's language; "" for none. */
char *
hk_repair_accessories_to_titles (HkRepairAccessories flags)
{
  return flags_to_text (accessories, HK_REPAIR_N_ACCESSORIES, flags, TRUE, "accessory");
}

HkRepairConditions
hk_repair_condition_nth (guint n)
{
  g_return_val_if_fail (n < HK_REPAIR_N_CONDITIONS, HK_REPAIR_CONDITION_NONE);

  return conditions[n].flag;
}

const char *
hk_repair_condition_to_id (HkRepairConditions condition)
{
  const FlagInfo *info = find_flag (conditions, HK_REPAIR_N_CONDITIONS, condition);

  g_return_val_if_fail (info != NULL, NULL);

  return info->id;
}

const char *
hk_repair_condition_get_title (HkRepairConditions condition)
{
  const FlagInfo *info = find_flag (conditions, HK_REPAIR_N_CONDITIONS, condition);

  g_return_val_if_fail (info != NULL, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "device condition", info->title);
}

gboolean
hk_repair_conditions_parse (const char          *text,
                            HkRepairConditions  *out,
                            GError             **error)
{
  g_autofree char *unknown = NULL;
  g_autofree char *valid = NULL;
  guint flags = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!parse_flags (conditions, HK_REPAIR_N_CONDITIONS, text, &flags, &unknown, &valid))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Unknown condition “%s”; the conditions are: %s"), unknown, valid);
      return FALSE;
    }

  *out = flags;
  return TRUE;
}

char *
hk_repair_conditions_to_ids (HkRepairConditions flags)
{
  return flags_to_text (conditions, HK_REPAIR_N_CONDITIONS, flags, FALSE, NULL);
}

char *
hk_repair_conditions_to_titles (HkRepairConditions flags)
{
  return flags_to_text (conditions, HK_REPAIR_N_CONDITIONS, flags, TRUE, "device condition");
}

/* ---- warranty, fee kinds, charge modes ---- */

static const char * const warranty_ids[] = { "unknown", "in", "out" };

const char *
hk_repair_warranty_to_id (HkRepairWarranty warranty)
{
  g_return_val_if_fail ((guint)warranty < G_N_ELEMENTS (warranty_ids), NULL);

  return warranty_ids[warranty];
}

gboolean
hk_repair_warranty_from_id (const char       *id,
                            HkRepairWarranty *warranty)
{
  for (guint i = 0; i < G_N_ELEMENTS (warranty_ids); i++)
    if (g_strcmp0 (warranty_ids[i], id) == 0)
      {
        *warranty = (HkRepairWarranty)i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_repair_warranty_get_title (HkRepairWarranty warranty)
{
  switch (warranty)
    {
    case HK_REPAIR_WARRANTY_IN:
      return C_("warranty", "In warranty");
    case HK_REPAIR_WARRANTY_OUT:
      return C_("warranty", "Out of warranty");
    case HK_REPAIR_WARRANTY_UNKNOWN:
    default:
      return C_("warranty", "Unknown");
    }
}

static const char * const fee_kind_ids[] = { "diagnosis", "labour", "parts" };

const char *
hk_repair_fee_kind_to_id (HkRepairFeeKind kind)
{
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (fee_kind_ids), NULL);

  return fee_kind_ids[kind];
}

gboolean
hk_repair_fee_kind_from_id (const char      *id,
                            HkRepairFeeKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (fee_kind_ids); i++)
    if (g_strcmp0 (fee_kind_ids[i], id) == 0)
      {
        *kind = (HkRepairFeeKind)i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_repair_fee_kind_get_title (HkRepairFeeKind kind)
{
  switch (kind)
    {
    case HK_REPAIR_FEE_LABOUR:
      return C_("repair fee", "Labour");
    case HK_REPAIR_FEE_PARTS:
      return C_("repair fee", "Parts");
    case HK_REPAIR_FEE_DIAGNOSIS:
    default:
      return C_("repair fee", "Diagnosis");
    }
}

const char *
hk_repair_charge_mode_to_id (HkRepairChargeMode mode)
{
  switch (mode)
    {
    case HK_REPAIR_CHARGE_SHIFT:
      return "shift";
    case HK_REPAIR_CHARGE_CLERK_RECEIPT:
      return "clerk-receipt";
    case HK_REPAIR_CHARGE_NONE:
    default:
      return "none";
    }
}

/* ---- records ---- */

void
hk_repair_fee_line_free (HkRepairFeeLine *line)
{
  if (line == NULL)
    return;

  g_free (line->fee_item_code);
  g_free (line->fee_item_name);
  g_free (line->part_code);
  g_free (line->void_reason);
  g_free (line);
}

void
hk_repair_event_free (HkRepairEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->by_name);
  g_free (event->batch_no);
  g_free (event->note);
  g_free (event);
}

void
hk_repair_batch_item_free (HkRepairBatchItem *item)
{
  if (item == NULL)
    return;

  g_free (item->ticket_no);
  g_free (item->brand);
  g_free (item->model);
  g_free (item->imei);
  g_free (item->fault);
  g_free (item->city_report);
  g_free (item);
}

/**
 * hk_repair_event_describe:
 *
 * Returns: (transfer full): what happened, in one translated line for the timeline, e.g.
 *   "Diagnosing → Ready for pickup: replaced the battery"
 */
char *
hk_repair_event_describe (const HkRepairEvent *event)
{
  g_autofree char *what = NULL;
  const char *note;

  g_return_val_if_fail (event != NULL, NULL);

  note = event->note != NULL && *event->note != '\0' ? event->note : NULL;

  switch (event->kind)
    {
    case HK_REPAIR_EVENT_INTAKE:
      what = g_strdup (_("Received at the repair desk"));
      break;
    case HK_REPAIR_EVENT_DISPATCH:
      what = g_strdup_printf (_("Sent to the city company in batch %s"),
                              event->batch_no != NULL ? event->batch_no : "");
      break;
    case HK_REPAIR_EVENT_RETURN:
      what = g_strdup_printf (_("Back from the city company (batch %s)"),
                              event->batch_no != NULL ? event->batch_no : "");
      break;
    case HK_REPAIR_EVENT_HANDOVER:
      what = g_strdup (event->has_to && event->to_status == HK_REPAIR_RETURNED_UNREPAIRED
                       ? _("Handed back unrepaired") : _("Picked up"));
      break;
    case HK_REPAIR_EVENT_FEE:
      what = g_strdup (_("Fee line added"));
      break;
    case HK_REPAIR_EVENT_FEE_VOID:
      what = g_strdup (_("Fee line voided"));
      break;
    case HK_REPAIR_EVENT_CALLBACK:
      what = g_strdup (_("Customer called"));
      break;
    case HK_REPAIR_EVENT_STATUS:
    default:
      /* Translators: a status change on the repair timeline, "Diagnosing → Repairing" */
      what = g_strdup_printf (_("%s → %s"),
                              event->has_from ? hk_repair_status_get_title (event->from_status)
                                              : "",
                              event->has_to ? hk_repair_status_get_title (event->to_status) : "");
      break;
    }

  if (note == NULL)
    return g_steal_pointer (&what);

  /* Translators: an entry of the repair timeline and its note, "Picked up: by her son" */
  return g_strdup_printf (_("%s: %s"), what, note);
}

gboolean
hk_repair_clean_text (const char  *text,
                      guint        max_chars,
                      char       **clean,
                      GError     **error)
{
  /* Names, numbers, the waybill and the warranty proof (at most 128 characters) are one line;
   * notes, faults and reports (200 or more) may have several. */
  return hk_input_clean_text (text, max_chars, max_chars > 2 * HK_REPAIR_NAME_MAX_LENGTH, clean,
                              error);
}
