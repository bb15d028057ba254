/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bench-xlsx-floor.c: the floor of the journal export: bare libxlsxwriter writing the cells
 * of a CSV file (read into memory first, not timed) to one worksheet, constant_memory on.
 * Fields of the form -123.45 are written as numbers with a money format, the rest as text.
 * Prints {"name": "journal-xlsx-floor", "wall_ms": [..], "cpu_ms": [..], "maxrss_kb": ..}. */

#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <xlsxwriter.h>

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Splits one CSV record (RFC 4180, no line breaks inside fields) into its fields. */
static GPtrArray *
split_record (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;

  for (;;)
    {
      GString *field = g_string_new (NULL);

      if (*p == '"')
        {
          for (p++; *p != '\0'; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *++p);
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        while (*p != '\0' && *p != ',')
          g_string_append_c (field, *p++);

      g_ptr_array_add (fields, g_string_free (field, FALSE));
      if (*p != ',')
        break;
      p++;
    }

  return fields;
}

static gboolean
is_money (const char *text)
{
  gsize n = strlen (text);

  if (*text == '-')
    text++, n--;
  return n >= 4 && text[n - 3] == '.' && strspn (text, "0123456789") == n - 3 &&
         strspn (text + n - 2, "0123456789") == 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *money;
  lxw_format *bold;
  double wall;
  double cpu;
  struct rusage usage;

  if (argc != 3 || !g_file_get_contents (argv[1], &contents, NULL, NULL))
    {
      fprintf (stderr, "usage: hk-bench-xlsx-floor CELLS.csv OUT.xlsx\n");
      return 2;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (rows, split_record (lines[i]));
  g_clear_pointer (&contents, g_free);

  wall = g_get_monotonic_time () / 1e3;
  cpu = cpu_ms ();

  workbook = workbook_new_opt (argv[2], &options);
  sheet = workbook_add_worksheet (workbook, "Journal");
  money = workbook_add_format (workbook);
  format_set_num_format (money, "#,##0.00");
  bold = workbook_add_format (workbook);
  format_set_bold (bold);

  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *fields = g_ptr_array_index (rows, r);

      for (guint c = 0; c < fields->len; c++)
        {
          const char *text = g_ptr_array_index (fields, c);

          if (*text == '\0')
            continue;
          if (r > 0 && is_money (text))
            worksheet_write_number (sheet, r, (lxw_col_t)c, g_ascii_strtod (text, NULL), money);
          else
            worksheet_write_string (sheet, r, (lxw_col_t)c, text, r == 0 ? bold : NULL);
        }
    }

  if (workbook_close (workbook) != LXW_NO_ERROR)
    {
      fprintf (stderr, "hk-bench-xlsx-floor: cannot write %s\n", argv[2]);
      return 1;
    }

  wall = g_get_monotonic_time () / 1e3 - wall;
  cpu = cpu_ms () - cpu;
  getrusage (RUSAGE_SELF, &usage);
  printf ("{\"name\": \"journal-xlsx-floor\", \"wall_ms\": [%.3f], \"cpu_ms\": [%.3f],"
          " \"rows\": %u, \"maxrss_kb\": %ld}\n", wall, cpu, rows->len - 1, usage.ru_maxrss);
  return 0;
}
