/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: starts the Hallkeeper application. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "views/hk-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HkApplication) app = NULL;
  const char *localedir = g_getenv ("HALLKEEPER_LOCALEDIR");

  /* An uninstalled build (build-aux/run) points HALLKEEPER_LOCALEDIR at its own .mo files. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Hallkeeper"));

  app = hk_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
