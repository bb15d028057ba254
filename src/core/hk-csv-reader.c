/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-csv-reader.c: reads the rows of a CSV text (RFC 4180) with the line each starts on.
 *
 * The text is UTF-8, with or without a byte order mark (spreadsheets write
 * one). Fields are separated by commas; a row ends at CR LF, LF or a lone CR.
 * A field that starts with a double quote runs to the matching closing quote
 * and may hold commas, line breaks (given back as "\n") and doubled quotes
 * ("" is one "); after the closing quote comes a comma or the end of the row.
 * A quote inside a field that does not start with one is an error, and so is
 * a quoted field that is never closed. Empty lines are skipped. Fields are
 * given back as they are, with no white space removed.
 *
 * Line numbers count the lines of the file from 1, including the header and
 * the line breaks inside quoted fields, so that they match what an editor
 * shows. Errors are %HK_ERROR_INVALID and start with "line N: ", the form
 * importers use for their own errors (hk_csv_prefix_error_line()).
 *
 *   g_autoptr(HkCsvReader) reader = hk_csv_reader_new (contents, length);
 *   g_auto(GStrv) row = NULL;
 *   guint line;
 *
 *   while ((row = hk_csv_reader_next_row (reader, &line, &local_error)) != NULL)
 *     { ...; g_clear_pointer (&row, g_strfreev); }
 *   if (local_error != NULL)
 *     ...
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-csv-reader.h"
#include "hk-error.h"

#define UTF8_BOM "\xef\xbb\xbf"

struct _HkCsvReader
{
  char     *text;
  gsize     length;
  gsize     pos;
  guint     line;
  gboolean  finished;
};

/**
 * hk_csv_reader_new:
 * @contents: the whole CSV text; copied, so it need not outlive the reader
 * @length: its length in bytes
 *
 * Returns: (transfer full): a reader at the first row
 */
HkCsvReader *
hk_csv_reader_new (const char *contents,
                   gsize       length)
{
  HkCsvReader *self;

  g_return_val_if_fail (contents != NULL || length == 0, NULL);

  self = g_new0 (HkCsvReader, 1);
  self->text = g_malloc (length + 1);
  if (length > 0)
    memcpy (self->text, contents, length);
  self->text[length] = '\0';
  self->length = length;
  self->line = 1;

  if (length >= strlen (UTF8_BOM) && memcmp (self->text, UTF8_BOM, strlen (UTF8_BOM)) == 0)
    self->pos = strlen (UTF8_BOM);

  return self;
}

void
hk_csv_reader_free (HkCsvReader *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self);
}

/**
 * hk_csv_prefix_error_line:
 * @line: the line of the file the error is about, from 1
 *
 * Puts "line N: " in front of the message of *@error, as every CSV import
 * reports a bad row. Does nothing when @error or *@error is %NULL.
 */
void
hk_csv_prefix_error_line (GError **error,
                          guint    line)
{
  /* Translators: the start of an error about one line of a CSV file, e.g.
   * "line 7: “12.3” is not an amount of money…" */
  g_prefix_error (error, _("line %u: "), line);
}

static void
set_line_error (HkCsvReader  *self,
                GError      **error,
                guint         line,
                const char   *reason)
{
  g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID, reason);
  hk_csv_prefix_error_line (error, line);
  self->finished = TRUE;
}

static gboolean
at_line_end (HkCsvReader *self)
{
  return self->pos < self->length &&
         (self->text[self->pos] == '\n' || self->text[self->pos] == '\r');
}

/* Steps over CR LF, LF or CR and counts the line. */
static void
skip_line_end (HkCsvReader *self)
{
  if (self->text[self->pos] == '\r' && self->pos + 1 < self->length &&
      self->text[self->pos + 1] == '\n')
    self->pos++;
  self->pos++;
  self->line++;
}

/* Reads a field that starts with a quote, up to just after its closing quote. */
static gboolean
read_quoted (HkCsvReader  *self,
             GString      *field,
             GError      **error)
{
  guint opened_on = self->line;

  self->pos++;

  for (;;)
    {
      char c;

      if (self->pos >= self->length)
        {
          set_line_error (self, error, opened_on,
                          _("A quoted field that starts on this line has no closing quote."));
          return FALSE;
        }

      c = self->text[self->pos];

      if (c == '"')
        {
          if (self->pos + 1 < self->length && self->text[self->pos + 1] == '"')
            {
              g_string_append_c (field, '"');
              self->pos += 2;
              continue;
            }
          self->pos++;
          break;
        }

      if (c == '\r' || c == '\n')
        {
          g_string_append_c (field, '\n');
          skip_line_end (self);
          continue;
        }

      g_string_append_c (field, c);
      self->pos++;
    }

  if (self->pos < self->length && self->text[self->pos] != ',' && !at_line_end (self))
    {
      set_line_error (self, error, self->line,
                      _("After a closing quote comes a comma or the end of the line; to put a "
                        "quote inside a quoted field, double it (\"\")."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_unquoted (HkCsvReader  *self,
               GString      *field,
               GError      **error)
{
  while (self->pos < self->length && self->text[self->pos] != ',' && !at_line_end (self))
    {
      if (self->text[self->pos] == '"')
        {
          set_line_error (self, error, self->line,
                          _("A field that holds a quote must be in quotes itself, with the "
                            "quote doubled (\"\")."));
          return FALSE;
        }

      g_string_append_c (field, self->text[self->pos]);
      self->pos++;
    }

  return TRUE;
}

/**
 * hk_csv_reader_next_row:
 * @line: (out) (optional): the line the row starts on, from 1
 *
 * Reads the next row. After the last row, and after an error, it returns
 * %NULL without setting @error.
 *
 * Returns: (transfer full) (nullable): the fields of the row, at least one;
 *   %NULL at the end of the text or with @error set
 */
GStrv
hk_csv_reader_next_row (HkCsvReader  *self,
                        guint        *line,
                        GError      **error)
{
  g_autoptr(GPtrArray) fields = NULL;
  guint first_line;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->finished)
    return NULL;

  while (at_line_end (self))
    skip_line_end (self);

  if (self->pos >= self->length)
    {
      self->finished = TRUE;
      return NULL;
    }

  first_line = self->line;
  fields = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);
      guint field_line = self->line;

      if (self->pos < self->length && self->text[self->pos] == '"')
        {
          if (!read_quoted (self, field, error))
            return NULL;
        }
      else if (!read_unquoted (self, field, error))
        return NULL;

      if (!g_utf8_validate (field->str, field->len, NULL))
        {
          set_line_error (self, error, field_line,
                          _("The text is not UTF-8; save the file as CSV in UTF-8."));
          return NULL;
        }

      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (self->pos < self->length && self->text[self->pos] == ',')
        {
          self->pos++;
          continue;
        }

      if (at_line_end (self))
        skip_line_end (self);
      break;
    }

  if (line != NULL)
    *line = first_line;

  g_ptr_array_add (fields, NULL);

  return (GStrv)g_ptr_array_free (g_steal_pointer (&fields), FALSE);
}
