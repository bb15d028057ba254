/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-export-file.c: what every export shares: temporary file, rename on success, progress.
 *
 * The writer writes into ".NAME.XXXXXX" in the target's folder (the same file system, so the
 * rename is atomic); commit flushes it to disk and renames it over the target. Freeing an
 * export file that was not committed removes the temporary file, so every way out of a
 * writer — error, cancel, early return — leaves nothing behind.
 */

#include "config.h"

#include "hk-export-file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

struct _HkExportFile
{
  char     *path;
  char     *temp_path;
  gboolean  committed;
};

/* A sentence about why nothing could be written into the folder or the file. */
static void
set_file_error (GError    **error,
                int         errsv,
                const char *folder,
                const char *path)
{
  g_autofree char *folder_name = g_filename_display_name (folder);
  g_autofree char *file_name = g_filename_display_name (path);
  GIOErrorEnum code = g_io_error_from_errno (errsv);

  switch (errsv)
    {
    case EACCES:
    case EPERM:
      g_set_error (error, G_IO_ERROR, code,
                   _("You may not save files in the folder “%s”. Choose another folder."),
                   folder_name);
      break;

    case EROFS:
      g_set_error (error, G_IO_ERROR, code,
                   _("The folder “%s” is on a read-only disk. Choose another folder."),
                   folder_name);
      break;

    case ENOENT:
      g_set_error (error, G_IO_ERROR, code, _("The folder “%s” does not exist."), folder_name);
      break;

    case ENOTDIR:
      g_set_error (error, G_IO_ERROR, code, _("“%s” is not a folder."), folder_name);
      break;

    case EISDIR:
      g_set_error (error, G_IO_ERROR, code,
                   _("“%s” is a folder. Choose a file name."), file_name);
      break;

    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error (error, G_IO_ERROR, code,
                   _("There is not enough space on the disk to save “%s”."), file_name);
      break;

    default:
      g_set_error (error, G_IO_ERROR, code, _("Could not save “%s”: %s."),
                   file_name, g_strerror (errsv));
      break;
    }
}

/**
 * hk_export_file_new:
 * @path: where the finished file goes
 * @error: return location for an error
 *
 * Creates an empty hidden temporary file next to @path for a writer to fill. The file
 * gets the permissions of a newly created file (0666 less the umask), as the finished
 * file should.
 *
 * Returns: (transfer full) (nullable): the export file; %NULL when the folder cannot
 *   take a new file, with a sentence saying why
 */
HkExportFile *
hk_export_file_new (const char  *path,
                    GError     **error)
{
  g_autoptr(HkExportFile) self = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_name = NULL;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);

  if (*path == '\0' || g_str_has_suffix (path, G_DIR_SEPARATOR_S) || strcmp (base, ".") == 0
      || strcmp (base, "..") == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("Choose a file name to save the report as."));
      return NULL;
    }

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      set_file_error (error, EISDIR, folder, path);
      return NULL;
    }

  self = g_new0 (HkExportFile, 1);
  self->path = g_strdup (path);
  temp_name = g_strdup_printf (".%s.XXXXXX", base);
  self->temp_path = g_build_filename (folder, temp_name, NULL);

  fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int errsv = errno;

      /* Nothing was created: nothing to remove. */
      g_clear_pointer (&self->temp_path, g_free);
      set_file_error (error, errsv, folder, path);
      return NULL;
    }
  close (fd);

  return g_steal_pointer (&self);
}

const char *
hk_export_file_get_path (HkExportFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

const char *
hk_export_file_get_temp_path (HkExportFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

/* Flushes the written file to disk, so a crash after the rename cannot leave an empty file
 * under the user's name. */
static gboolean
sync_file (const char *path,
           int        *errsv)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    {
      *errsv = errno;
      return FALSE;
    }

  ok = fsync (fd) == 0 || errno == EINVAL;  /* some file systems cannot sync; fine */
  *errsv = ok ? 0 : errno;
  close (fd);

  return ok;
}

/**
 * hk_export_file_commit:
 * @self: an export file whose temporary file the writer has finished and closed
 * @cancellable: (nullable): checked one last time before the file appears
 * @error: return location for an error
 *
 * Renames the temporary file over the target. On failure or cancel the temporary file
 * is removed and the target is left as it was.
 *
 * Returns: %TRUE when the file is in place
 */
gboolean
hk_export_file_commit (HkExportFile  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *folder = NULL;
  int errsv = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);
  g_return_val_if_fail (self->temp_path != NULL, FALSE);

  if (!hk_export_check_cancelled (cancellable, error))
    return FALSE;

  folder = g_path_get_dirname (self->path);

  if (!sync_file (self->temp_path, &errsv) || g_rename (self->temp_path, self->path) != 0)
    {
      if (errsv == 0)
        errsv = errno;
      set_file_error (error, errsv, folder, self->path);
      return FALSE;
    }

  self->committed = TRUE;

  return TRUE;
}

/**
 * hk_export_file_free:
 * @self: (nullable): an export file
 *
 * Removes the temporary file unless it was committed, and frees @self.
 */
void
hk_export_file_free (HkExportFile *self)
{
  if (self == NULL)
    return;

  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);

  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

/* Returns FALSE, with G_IO_ERROR_CANCELLED, when the export was cancelled. */
gboolean
hk_export_check_cancelled (GCancellable  *cancellable,
                           GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was cancelled."));

  return FALSE;
}

/* A writer could not write its file; reason is the library's words, or NULL. */
void
hk_export_set_write_error (GError     **error,
                           const char  *path,
                           const char  *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  if (reason != NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s."),
                 name, reason);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not write “%s”. Is the disk full?"), name);
}

void
hk_export_progress_init (HkExportProgress     *self,
                         HkExportProgressFunc  func,
                         gpointer              user_data)
{
  self->func = func;
  self->user_data = user_data;
  self->reported = -1.0;
}

void
hk_export_progress_update (HkExportProgress *self,
                           double            fraction)
{
  fraction = CLAMP (fraction, 0.0, 1.0);

  if (self->func == NULL)
    return;
  if (fraction <= self->reported)
    return;
  if (fraction < 1.0 && self->reported >= 0.0 && fraction - self->reported < 0.005)
    return;

  self->reported = fraction;
  self->func (fraction, self->user_data);
}
