/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-export-file.h: what every export shares: temporary file, rename on success, progress. */

#pragma once

#include <gio/gio.h>

#include "hk-report-export.h"

G_BEGIN_DECLS

/* A file being written: a hidden temporary file in the target's folder. */
typedef struct _HkExportFile HkExportFile;

HkExportFile *hk_export_file_new           (const char    *path,
                                            GError       **error);
const char   *hk_export_file_get_path      (HkExportFile  *self);
const char   *hk_export_file_get_temp_path (HkExportFile  *self);
gboolean      hk_export_file_commit        (HkExportFile  *self,
                                            GCancellable  *cancellable,
                                            GError       **error);
void          hk_export_file_free          (HkExportFile  *self);

gboolean      hk_export_check_cancelled    (GCancellable  *cancellable,
                                            GError       **error);
void          hk_export_set_write_error    (GError       **error,
                                            const char    *path,
                                            const char    *reason);

/* Calls the progress function when the fraction has moved on by at least half a percent. */
typedef struct
{
  HkExportProgressFunc func;
  gpointer             user_data;
  double               reported;
} HkExportProgress;

void          hk_export_progress_init      (HkExportProgress     *self,
                                            HkExportProgressFunc  func,
                                            gpointer              user_data);
void          hk_export_progress_update    (HkExportProgress     *self,
                                            double                fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkExportFile, hk_export_file_free)

G_END_DECLS
