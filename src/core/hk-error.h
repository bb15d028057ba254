/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-error.h: the error domain of Hallkeeper's core. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HK_ERROR (hk_error_quark ())

typedef enum
{
  HK_ERROR_FAILED,
  HK_ERROR_DATABASE,
  HK_ERROR_SCHEMA_TOO_NEW,
  HK_ERROR_CORRUPT,
  HK_ERROR_DISK_FULL,
  HK_ERROR_BUSY,
  HK_ERROR_PERMISSION,
  HK_ERROR_AUTHENTICATION,
  HK_ERROR_LOCKED_OUT,
  HK_ERROR_INVALID,
  HK_ERROR_NOT_FOUND,
  HK_ERROR_CONFLICT,
  HK_ERROR_AUDIT_CHAIN,
} HkError;

GQuark hk_error_quark (void);

G_END_DECLS
