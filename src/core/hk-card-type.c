/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-type.c: a kind of card the hall stocks (a SIM card kind, a value card of a face value),
 * and how its serial numbers are read and written.
 *
 * A serial is a string of digits of the type's length. Its last digits (at most
 * HK_CARD_SERIAL_NUMBER_DIGITS) are a running number, the digits before them a prefix, so that
 * a 20-digit ICCID is kept as a 5-digit prefix and a 15-digit number that fits in a gint64.
 * The user writes serials as runs: "89860012345678900001-89860012345678900100, 8986...0105".
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-card-type-private.h"
#include "hk-error.h"

G_DEFINE_ENUM_TYPE (HkCardKind, hk_card_kind,
                    G_DEFINE_ENUM_VALUE (HK_CARD_KIND_SIM, "sim"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_KIND_VALUE, "value"))

G_DEFINE_BOXED_TYPE (HkCardRun, hk_card_run, hk_card_run_copy, hk_card_run_free)

struct _HkCardType
{
  GObject        parent_instance;
  HkCardTypeData data;
};

G_DEFINE_FINAL_TYPE (HkCardType, hk_card_type, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_FACE_VALUE,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
hk_card_kind_to_id (HkCardKind kind)
{
  return kind == HK_CARD_KIND_VALUE ? "value" : "sim";
}

gboolean
hk_card_kind_from_id (const char *id,
                      HkCardKind *kind)
{
  if (g_strcmp0 (id, "sim") == 0)
    *kind = HK_CARD_KIND_SIM;
  else if (g_strcmp0 (id, "value") == 0)
    *kind = HK_CARD_KIND_VALUE;
  else
    return FALSE;

  return TRUE;
}

const char *
hk_card_kind_get_title (HkCardKind kind)
{
  return kind == HK_CARD_KIND_VALUE ? _("Value card") : _("SIM card");
}

HkCardRun *
hk_card_run_new (const char *prefix,
                 gint64      first,
                 gint64      last)
{
  HkCardRun *run = g_new0 (HkCardRun, 1);

  run->prefix = g_strdup (prefix != NULL ? prefix : "");
  run->range.first = first;
  run->range.last = last;

  return run;
}

HkCardRun *
hk_card_run_copy (const HkCardRun *self)
{
  return hk_card_run_new (self->prefix, self->range.first, self->range.last);
}

void
hk_card_run_free (HkCardRun *self)
{
  if (self == NULL)
    return;

  g_free (self->prefix);
  g_free (self);
}

static void
hk_card_type_finalize (GObject *object)
{
  HkCardType *self = (HkCardType *)object;

  g_free (self->data.code);
  g_free (self->data.name);

  G_OBJECT_CLASS (hk_card_type_parent_class)->finalize (object);
}

static void
hk_card_type_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HkCardType *self = HK_CARD_TYPE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->data.code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->data.name);
      break;
    case PROP_FACE_VALUE:
      g_value_set_int64 (value, self->data.face_value);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->data.active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_card_type_class_init (HkCardTypeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_card_type_finalize;
  object_class->get_property = hk_card_type_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FACE_VALUE] =
    g_param_spec_int64 ("face-value", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_card_type_init (HkCardType *self)
{
}

HkCardType *
hk_card_type_new_take (HkCardTypeData *data)
{
  HkCardType *self = g_object_new (HK_TYPE_CARD_TYPE, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_card_type_get_id (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), 0);
  return self->data.id;
}

const char *
hk_card_type_get_code (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), NULL);
  return self->data.code;
}

const char *
hk_card_type_get_name (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), NULL);
  return self->data.name;
}

HkCardKind
hk_card_type_get_kind (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), HK_CARD_KIND_SIM);
  return self->data.kind;
}

/* The face value of a value card in fen; 0 for a SIM card. */
gint64
hk_card_type_get_face_value (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), 0);
  return self->data.face_value;
}

guint
hk_card_type_get_serial_length (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), 0);
  return self->data.serial_length;
}

/* The fee item whose receipt lines sell this type (and name its serials), or 0. */
gint64
hk_card_type_get_fee_item_id (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), 0);
  return self->data.fee_item_id;
}

gboolean
hk_card_type_get_active (HkCardType *self)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), FALSE);
  return self->data.active;
}

static guint
number_digits (guint serial_length)
{
  return MIN (serial_length, HK_CARD_SERIAL_NUMBER_DIGITS);
}

/**
 * hk_card_type_parse_serial:
 * @text: one serial, digits only (blanks around it are ignored)
 * @prefix: (out) (transfer full): its leading digits
 * @number: (out): its running number
 */
gboolean
hk_card_type_parse_serial (HkCardType  *self,
                           const char  *text,
                           char       **prefix,
                           gint64      *number,
                           GError     **error)
{
  g_autofree char *clean = NULL;
  guint length;
  guint tail;

  g_return_val_if_fail (HK_IS_CARD_TYPE (self), FALSE);

  clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  length = (guint)strlen (clean);

  for (guint i = 0; i < length; i++)
    if (!g_ascii_isdigit (clean[i]))
      {
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("“%s” is not a serial number: a serial is made of digits only."), clean);
        return FALSE;
      }

  if (length != self->data.serial_length)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a serial number of %s: its serials have %u digits."),
                   clean, self->data.name, self->data.serial_length);
      return FALSE;
    }

  tail = number_digits (length);
  *prefix = g_strndup (clean, length - tail);
  *number = g_ascii_strtoll (clean + (length - tail), NULL, 10);

  return TRUE;
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const HkCardRun *ra = *(const HkCardRun * const *)a;
  const HkCardRun *rb = *(const HkCardRun * const *)b;
  int cmp = strcmp (ra->prefix, rb->prefix);

  if (cmp != 0)
    return cmp;

  return ra->range.first < rb->range.first ? -1 : ra->range.first > rb->range.first ? 1 : 0;
}

/* Sorts @runs and joins those that adjoin; a serial named twice is refused. */
static gboolean
normalize_runs (HkCardType  *self,
                GPtrArray   *runs,
                GError     **error)
{
  g_autoptr(GPtrArray) joined = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_card_run_free);

  g_ptr_array_sort (runs, compare_runs);

  for (guint i = 0; i < runs->len; i++)
    {
      HkCardRun *run = g_ptr_array_index (runs, i);
      HkCardRun *last = joined->len > 0 ? g_ptr_array_index (joined, joined->len - 1) : NULL;

      if (last != NULL && g_str_equal (last->prefix, run->prefix))
        {
          if (hk_number_range_overlaps (&last->range, &run->range))
            {
              g_autofree char *serial = hk_card_type_format_serial (self, run->prefix,
                                                                    MAX (run->range.first,
                                                                         last->range.first));

              g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                           _("The serial %s is named twice."), serial);
              return FALSE;
            }
          if (hk_number_range_adjoins (&last->range, &run->range))
            {
              last->range.last = run->range.last;
              continue;
            }
        }

      g_ptr_array_add (joined, hk_card_run_copy (run));
    }

  g_ptr_array_set_size (runs, 0);
  for (guint i = 0; i < joined->len; i++)
    g_ptr_array_add (runs, hk_card_run_copy (g_ptr_array_index (joined, i)));

  return TRUE;
}

/**
 * hk_card_type_parse_serials:
 * @text: serials and runs of serials "FIRST-LAST", separated by commas, semicolons or line breaks
 *
 * Reads what the user wrote into runs of this type's serials, sorted, with adjoining runs
 * joined. A run keeps one prefix and goes upwards; a serial named twice is refused.
 *
 * Returns: (transfer full) (element-type HkCardRun): at least one run, or %NULL with @error
 */
GPtrArray *
hk_card_type_parse_serials (HkCardType  *self,
                            const char  *text,
                            GError     **error)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_card_run_free);
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (HK_IS_CARD_TYPE (self), NULL);

  parts = g_regex_split_simple ("[,;，；\\n\\r]+", text != NULL ? text : "", 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      g_autofree char *first_prefix = NULL;
      g_autofree char *last_prefix = NULL;
      g_auto(GStrv) ends = NULL;
      gint64 first = 0;
      gint64 last = 0;

      if (*part == '\0')
        continue;

      ends = g_strsplit_set (part, "-~", 0);
      if (g_strv_length (ends) > 2)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("“%s” is not a serial or a run of serials FIRST-LAST."), part);
          return NULL;
        }

      if (!hk_card_type_parse_serial (self, ends[0], &first_prefix, &first, error))
        return NULL;

      if (ends[1] == NULL)
        last = first;
      else
        {
          if (!hk_card_type_parse_serial (self, ends[1], &last_prefix, &last, error))
            return NULL;

          if (!g_str_equal (first_prefix, last_prefix) || last < first)
            {
              g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                           _("In the run “%s” the last serial is not after the first, or they "
                             "differ before their last %u digits."),
                           part, number_digits (self->data.serial_length));
              return NULL;
            }
        }

      if (last - first + 1 > HK_CARD_RUN_MAX)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("The run “%s” names more than %d cards."), part, HK_CARD_RUN_MAX);
          return NULL;
        }

      g_ptr_array_add (runs, hk_card_run_new (first_prefix, first, last));
    }

  if (runs->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Name at least one serial number."));
      return NULL;
    }

  if (!normalize_runs (self, runs, error))
    return NULL;

  return g_steal_pointer (&runs);
}

char *
hk_card_type_format_serial (HkCardType *self,
                            const char *prefix,
                            gint64      number)
{
  g_return_val_if_fail (HK_IS_CARD_TYPE (self), NULL);

  return g_strdup_printf ("%s%0*lld", prefix != NULL ? prefix : "",
                          (int)number_digits (self->data.serial_length), (long long)number);
}

/* "FIRST-LAST", or the one serial of a run of one. */
char *
hk_card_type_format_run (HkCardType      *self,
                         const HkCardRun *run)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (HK_IS_CARD_TYPE (self), NULL);
  g_return_val_if_fail (run != NULL, NULL);

  first = hk_card_type_format_serial (self, run->prefix, run->range.first);
  if (run->range.first == run->range.last)
    return g_steal_pointer (&first);

  last = hk_card_type_format_serial (self, run->prefix, run->range.last);

  return g_strdup_printf ("%s-%s", first, last);
}

/* The runs as the user writes them, separated by ", ". */
char *
hk_card_type_format_runs (HkCardType *self,
                          GPtrArray  *runs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < runs->len; i++)
    {
      g_autofree char *run = hk_card_type_format_run (self, g_ptr_array_index (runs, i));

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, run);
    }

  return g_string_free (out, FALSE);
}

gint64
hk_card_runs_count (GPtrArray *runs)
{
  gint64 n = 0;

  for (guint i = 0; i < runs->len; i++)
    n += hk_number_range_size (&((HkCardRun *)g_ptr_array_index (runs, i))->range);

  return n;
}
