/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-text-table.c: aligned text tables for the terminal, with Chinese counted as two columns. */

#include "config.h"

#include "reports/hk-text-table.h"

static void
test_width (void)
{
  g_assert_cmpuint (hk_text_width (NULL), ==, 0);
  g_assert_cmpuint (hk_text_width (""), ==, 0);
  g_assert_cmpuint (hk_text_width ("abc"), ==, 3);
  g_assert_cmpuint (hk_text_width ("营业厅"), ==, 6);
  g_assert_cmpuint (hk_text_width ("a营b"), ==, 4);
  /* Full-width punctuation and digits are wide too; a combining accent takes no column. */
  g_assert_cmpuint (hk_text_width ("，"), ==, 2);
  g_assert_cmpuint (hk_text_width ("１２"), ==, 4);
  g_assert_cmpuint (hk_text_width ("e\xcc\x81"), ==, 1);
}

static void
test_render (void)
{
  g_autoptr(HkTextTable) table = hk_text_table_new (3);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  hk_text_table_align_right (table, 2);
  hk_text_table_add_row (table, "工号", "姓名", "金额", NULL);
  hk_text_table_add_row (table, "1", "张丽", "12.50", NULL);
  hk_text_table_add_row (table, "10", "Li Qiang", "1,234.00", NULL);

  text = hk_text_table_render (table);
  g_assert_cmpstr (text, ==,
                   "工号  姓名          金额\n"
                   "------------------------\n"
                   "1     张丽         12.50\n"
                   "10    Li Qiang  1,234.00\n");

  /* Every line is as wide on the screen as the rule under the header. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    g_assert_cmpuint (hk_text_width (lines[i]), ==, 24);
}

static void
test_short_rows (void)
{
  g_autoptr(HkTextTable) table = hk_text_table_new (2);
  g_autofree char *text = NULL;

  /* A missing cell is empty, and a line never ends in spaces. */
  hk_text_table_add_row (table, "a", NULL);
  hk_text_table_add_row (table, "长名字", "x", NULL);
  hk_text_table_add_row (table, "", NULL);

  text = hk_text_table_render (table);
  g_assert_cmpstr (text, ==,
                   "a\n"
                   "---------\n"
                   "长名字  x\n"
                   "\n");
}

/* Rows from arrays, as a report's table of any width is printed; NULL ends a row early. */
static void
test_rows_from_arrays (void)
{
  g_autoptr(HkTextTable) table = hk_text_table_new (3);
  g_autofree char *text = NULL;
  const char *header[] = { "日期", "笔数", "金额", NULL };
  const char *row[] = { "2024-03-04", "5", "¥1,529.00", NULL };
  const char *short_row[] = { "合计", NULL };

  hk_text_table_align_right (table, 1);
  hk_text_table_align_right (table, 2);
  hk_text_table_add_rowv (table, header);
  hk_text_table_add_rowv (table, row);
  hk_text_table_add_rowv (table, short_row);

  text = hk_text_table_render (table);
  g_assert_cmpstr (text, ==,
                   "日期        笔数       金额\n"
                   "---------------------------\n"
                   "2024-03-04     5  ¥1,529.00\n"
                   "合计\n");
}

static void
test_header_only (void)
{
  g_autoptr(HkTextTable) table = hk_text_table_new (2);
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  hk_text_table_add_row (table, "日期", "笔数", NULL);
  text = hk_text_table_render (table);
  g_assert_cmpstr (text, ==, "日期  笔数\n----------\n");

  {
    g_autoptr(HkTextTable) none = hk_text_table_new (1);

    empty = hk_text_table_render (none);
    g_assert_cmpstr (empty, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-table/width", test_width);
  g_test_add_func ("/text-table/render", test_render);
  g_test_add_func ("/text-table/short-rows", test_short_rows);
  g_test_add_func ("/text-table/header-only", test_header_only);
  g_test_add_func ("/text-table/rows-from-arrays", test_rows_from_arrays);

  return g_test_run ();
}
