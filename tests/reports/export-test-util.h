/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export-test-util.h: hand-built reports and the helpers the export tests share. */

#pragma once

#include <gio/gio.h>

#include "reports/hk-report.h"

G_BEGIN_DECLS

/* "Daily report" of Riverside Hall: a table with two subtotals and a total, a table whose
 * balance column's total is not a sum, signed (not provisional), no chart. */
HkReport  *export_test_small_report          (void);
/* 营业厅月报 of 城东营业厅: Chinese names, PROVISIONAL (two unsigned days), 31 days with a
 * column chart and four categories with a pie chart. */
HkReport  *export_test_chinese_report        (void);
/* A journal with n_rows body rows and a total; *total_fen is the total of the amounts. */
HkReport  *export_test_big_report            (guint        n_rows,
                                              gint64      *total_fen);

/* Runs a program; returns its standard output, or NULL (and sets *exit_status) on failure. */
char      *export_test_run                   (const char * const *argv,
                                              int                *exit_status);
/* Fails the test unless output has this exact line. */
void       export_test_assert_line           (const char  *output,
                                              const char  *line);
void       export_test_refute_line_prefix    (const char  *output,
                                              const char  *prefix);
/* The lines of output that start with prefix, joined by "\n". */
char      *export_test_grep                  (const char  *output,
                                              const char  *prefix);
/* The names in a folder, sorted and joined by " "; "" when empty. */
char      *export_test_list_dir              (const char  *dir);
void       export_test_remove_dir            (const char  *dir);

/* A folder in which no file can be created: a read-only folder in parent, or /sys when
 * root can write there anyway; NULL (and a message) when this machine has none. */
char      *export_test_make_unwritable_dir   (const char  *parent,
                                              char       **why_not);
void       export_test_release_unwritable_dir (const char *dir);
void       export_test_assert_no_trace       (const char  *dir,
                                              const char  *name);

/* Progress that cancels once the export is past cancel_at; records every fraction. */
typedef struct
{
  GCancellable *cancellable;
  double        cancel_at;
  GArray       *fractions;
} ExportTestProgress;

void       export_test_progress_init         (ExportTestProgress *progress,
                                              double              cancel_at);
void       export_test_progress_clear        (ExportTestProgress *progress);
void       export_test_progress_cb           (double              fraction,
                                              gpointer            user_data);
void       export_test_assert_progress_sane  (ExportTestProgress *progress,
                                              gboolean            completed);

G_END_DECLS
