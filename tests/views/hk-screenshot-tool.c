/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-screenshot-tool.c: saves the login window, every section and the forms of the demo hall
 * to PNG files, for build-aux/screenshots and the documentation.
 *
 * Usage: hallkeeper-screenshot DEMO.db OUTPUT-DIR SUFFIX
 * Each section is shown as an operator whose roles allow it would see it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "core/hk-demo.h"
#include "hk-test-ui.h"
#include "views/hk-operator-editor.h"
#include "views/hk-preferences-window.h"
#include "views/hk-section-registry.h"
#include "views/hk-window.h"

static const char *output_dir;
static const char *suffix;

static void
save (GtkWidget  *widget,
      const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, suffix);
  g_autofree char *path = g_build_filename (output_dir, file, NULL);
  g_autoptr(GError) error = NULL;

  /* A new window may need a few frames before it has its size and content. */
  for (int attempt = 0; ; attempt++)
    {
      hk_test_ui_wait_for_frames (widget, 3);
      if (hk_test_ui_save_png (widget, path, attempt < 20 ? NULL : &error))
        break;
      if (error != NULL)
        g_error ("%s", error->message);
    }

  g_print ("%s\n", path);
}

static HkOperator *
find_operator_for (HkContext *context,
                   HkRoles    roles)
{
  GListModel *operators = hk_operator_store_get_model (hk_context_get_operator_store (context));

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);

      if (hk_operator_has_any_role (operator, roles))
        return g_steal_pointer (&operator);
    }

  return NULL;
}

static HkWindow *
log_in (HkApplication *app,
        const char    *login)
{
  HkContext *context = hk_application_get_context (app);
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;

  operator = hk_operator_store_authenticate (hk_context_get_operator_store (context), login,
                                             HK_DEMO_PASSWORD, &error);
  if (operator == NULL)
    g_error ("Cannot log in as %s: %s", login, error->message);

  return HK_WINDOW (hk_application_log_in (app, operator));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HkApplication) app = NULL;
  const char *localedir = g_getenv ("HALLKEEPER_LOCALEDIR");
  const HkSectionInfo *sections;
  HkContext *context;
  GtkWindow *login;
  HkWindow *window;
  guint n_sections;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc != 4)
    {
      g_printerr ("usage: %s DEMO.db OUTPUT-DIR SUFFIX\n", argv[0]);
      return 2;
    }

  output_dir = argv[2];
  suffix = argv[3];

  if (!gtk_init_check ())
    {
      g_printerr ("hallkeeper-screenshot: no display; run it under xvfb-run\n");
      return 1;
    }

  app = hk_application_new ();
  hk_test_ui_open (app, argv[1]);
  context = hk_application_get_context (app);

  login = hk_application_show_login (app);
  save (GTK_WIDGET (login), "login-window");
  gtk_window_destroy (login);

  /* The administrator's main window, its forms and the preferences. */
  window = log_in (app, "admin");
  save (GTK_WIDGET (window), "main-window");

  {
    HkOperatorEditor *editor = hk_operator_editor_new (GTK_WINDOW (window), context, NULL);

    gtk_window_present (GTK_WINDOW (editor));
    save (GTK_WIDGET (editor), "operator-editor");
    gtk_window_destroy (GTK_WINDOW (editor));
  }
  {
    HkPreferencesWindow *preferences = hk_preferences_window_new (GTK_WINDOW (window), context);

    gtk_window_present (GTK_WINDOW (preferences));
    save (GTK_WIDGET (preferences), "preferences");
    gtk_window_destroy (GTK_WINDOW (preferences));
  }
  gtk_window_destroy (GTK_WINDOW (window));

  /* Every section, as someone whose roles allow it sees it. */
  sections = hk_section_registry_get (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(HkOperator) operator = find_operator_for (context, sections[i].roles);
      g_autofree char *name = g_strdup_printf ("section-%s", sections[i].id);

      if (operator == NULL)
        g_error ("No demo operator may see the section %s", sections[i].id);

      window = log_in (app, hk_operator_get_login (operator));
      if (!hk_window_show_section (window, sections[i].id))
        g_error ("%s cannot see the section %s", hk_operator_get_login (operator),
                 sections[i].id);
      save (GTK_WIDGET (window), name);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  hk_test_ui_close_all ();

  return 0;
}
