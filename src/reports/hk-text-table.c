/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-text-table.c: a table of text laid out in aligned columns for a terminal.
 *
 * Chinese characters take two terminal columns, so widths are counted in
 * columns, not bytes or characters. The first row added is the header and is
 * underlined.
 */

#include "config.h"

#include "hk-text-table.h"

struct _HkTextTable
{
  guint      n_columns;
  gboolean  *right_aligned;
  GPtrArray *rows;
};

HkTextTable *
hk_text_table_new (guint n_columns)
{
  HkTextTable *self;

  g_return_val_if_fail (n_columns > 0, NULL);

  self = g_new0 (HkTextTable, 1);
  self->n_columns = n_columns;
  self->right_aligned = g_new0 (gboolean, n_columns);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  return self;
}

void
hk_text_table_free (HkTextTable *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->rows);
  g_free (self->right_aligned);
  g_free (self);
}

void
hk_text_table_align_right (HkTextTable *self,
                           guint        column)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column < self->n_columns);

  self->right_aligned[column] = TRUE;
}

/* Adds a row of n_columns strings; a missing one (early NULL) is empty. */
void
hk_text_table_add_row (HkTextTable *self,
                       const char  *first,
                       ...)
{
  char **cells;
  const char *cell = first;
  va_list args;

  g_return_if_fail (self != NULL);

  cells = g_new0 (char *, self->n_columns + 1);

  va_start (args, first);
  for (guint i = 0; i < self->n_columns; i++)
    {
      cells[i] = g_strdup (cell != NULL ? cell : "");
      if (cell != NULL)
        cell = va_arg (args, const char *);
    }
  va_end (args);

  g_ptr_array_add (self->rows, cells);
}

/* Adds a row from an array of n_columns strings; NULL ends it early, the rest are empty. */
void
hk_text_table_add_rowv (HkTextTable        *self,
                        const char * const *cells)
{
  char **row;
  gboolean ended = FALSE;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    {
      ended = ended || cells[i] == NULL;
      row[i] = g_strdup (ended ? "" : cells[i]);
    }

  g_ptr_array_add (self->rows, row);
}

/* The number of terminal columns @text takes. */
gsize
hk_text_width (const char *text)
{
  gsize width = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

static void
append_padded (GString    *out,
               const char *text,
               gsize       width,
               gboolean    right)
{
  gsize pad = width - hk_text_width (text);

  if (right)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');

  g_string_append (out, text);

  if (!right)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
}

char *
hk_text_table_render (HkTextTable *self)
{
  g_autofree gsize *widths = NULL;
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  widths = g_new0 (gsize, self->n_columns);
  for (guint r = 0; r < self->rows->len; r++)
    {
      char **cells = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < self->n_columns; c++)
        widths[c] = MAX (widths[c], hk_text_width (cells[c]));
    }

  out = g_string_new (NULL);

  for (guint r = 0; r < self->rows->len; r++)
    {
      char **cells = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < self->n_columns; c++)
        {
          gboolean last = c + 1 == self->n_columns;

          if (last && !self->right_aligned[c])
            g_string_append (out, cells[c]);
          else
            append_padded (out, cells[c], widths[c], self->right_aligned[c]);

          if (!last)
            g_string_append (out, "  ");
        }

      /* Trailing spaces help nobody. */
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');

      if (r == 0)
        {
          gsize total = 0;

          for (guint c = 0; c < self->n_columns; c++)
            total += widths[c] + (c + 1 < self->n_columns ? 2 : 0);
          for (gsize i = 0; i < total; i++)
            g_string_append_c (out, '-');
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}
