/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-deposit-editor.c: recording a bank deposit from its bank receipt, with the daily
 * reports and cheques it carries.
 *
 * The bank receipt (bank, slip number, date, amount) above; below, the submitted daily reports
 * of the last 31 days whose cash no deposit carries yet, and the cheques endorsed to the bank,
 * each with a check box. The amount follows the total of what is ticked until the auditor types
 * one; when it differs, a note must say why (the core refuses it otherwise). Record stays
 * disabled until the form is valid, with the first problem named under it; Enter in the last
 * field records, Escape closes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-bank-deposit-editor.h"
#include "hk-bank-format.h"

#define REPORT_DAYS 31

struct _HkBankDepositEditor
{
  AdwWindow            parent_instance;

  HkContext           *context;
  GPtrArray           *report_checks;   /* GtkCheckButton, with "share" data */
  GPtrArray           *cheque_checks;   /* GtkCheckButton, with "cheque" data */
  char                *problem;
  gboolean             amount_typed;
  gboolean             setting_amount;

  /* Template widgets */
  AdwEntryRow         *amount_row;
  AdwEntryRow         *bank_row;
  GtkLabel            *carried_label;
  AdwPreferencesGroup *cheques_group;
  AdwEntryRow         *date_row;
  AdwEntryRow         *note_row;
  GtkLabel            *problem_label;
  AdwPreferencesGroup *reports_group;
  AdwEntryRow         *slip_row;
};

G_DEFINE_FINAL_TYPE (HkBankDepositEditor, hk_bank_deposit_editor, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* What the ticked reports' cash takings and cheques come to. */
static gint64
get_carried (HkBankDepositEditor *self,
             guint               *n_chosen)
{
  gint64 carried = 0;

  *n_chosen = 0;
  for (guint i = 0; i < self->report_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->report_checks, i);
      HkBankDepositShare *share = g_object_get_data (G_OBJECT (check), "share");

      if (gtk_check_button_get_active (check))
        {
          carried += share->takings;
          (*n_chosen)++;
        }
    }
  for (guint i = 0; i < self->cheque_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->cheque_checks, i);
      HkCheque *cheque = g_object_get_data (G_OBJECT (check), "cheque");

      if (gtk_check_button_get_active (check))
        {
          carried += hk_cheque_get_amount (cheque);
          (*n_chosen)++;
        }
    }

  return carried;
}

/* Checks the form; returns the first problem to show, or NULL when it may be recorded. */
static char *
find_problem (HkBankDepositEditor *self)
{
  g_autofree char *bank = dup_text (self->bank_row);
  g_autofree char *slip = dup_text (self->slip_row);
  g_autofree char *day = dup_text (self->date_row);
  g_autofree char *amount_text = dup_text (self->amount_row);
  g_autofree char *note = dup_text (self->note_row);
  gint64 amount = 0;
  gint64 carried;
  guint n_chosen;

  carried = get_carried (self, &n_chosen);

  if (*bank == '\0')
    return g_strdup (_("Give the bank the receipt names."));
  if (*slip == '\0')
    return g_strdup (_("Give the slip number of the bank receipt."));
  if (!hk_hall_store_parse_day (hk_context_get_hall_store (self->context), day, NULL, NULL,
                                NULL))
    return g_strdup (_("Write the date of the bank receipt as YYYY-MM-DD."));
  if (!hk_money_parse (amount_text, &amount, NULL) || amount <= 0)
    return g_strdup (_("Give the amount of the bank receipt in yuan, e.g. 1234.50."));
  if (n_chosen == 0)
    return g_strdup (_("Tick the daily reports or cheques the deposit carries."));
  if (amount != carried && *note == '\0')
    {
      g_autofree char *difference = hk_money_format (amount - carried);

      /* Translators: "The amount differs from what the deposit carries by ¥-12.00: say why in
       * the note." */
      return g_strdup_printf (_("The amount differs from what the deposit carries by %s: say why "
                                "in the note."), difference);
    }

  return NULL;
}

static void
update_actions (HkBankDepositEditor *self)
{
  g_autofree char *carried_text = NULL;
  g_autofree char *summary = NULL;
  gint64 carried;
  guint n_chosen;

  if (self->context == NULL)
    return;

  carried = get_carried (self, &n_chosen);
  carried_text = hk_money_format (carried);
  /* Translators: "Carries 3 items: ¥12,345.60" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Carries %u item: %s",
                                          "Carries %u items: %s", n_chosen), n_chosen,
                             carried_text);
  gtk_label_set_label (self->carried_label, summary);

  g_free (self->problem);
  self->problem = find_problem (self);
  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->problem == NULL);
}

/* Until the auditor types an amount, it is what the ticked items come to. */
static void
on_chosen_cb (HkBankDepositEditor *self)
{
  guint n_chosen;
  gint64 carried = get_carried (self, &n_chosen);

  if (!self->amount_typed)
    {
      g_autofree char *text = n_chosen > 0 ? hk_money_format_plain (carried) : g_strdup ("");

      self->setting_amount = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->amount_row), text);
      self->setting_amount = FALSE;
    }
  update_actions (self);
}

static void
on_amount_typed_cb (HkBankDepositEditor *self)
{
  if (!self->setting_amount)
    self->amount_typed = TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkBankDepositEditor *self = HK_BANK_DEPOSIT_EDITOR (widget);
  g_autofree char *bank = dup_text (self->bank_row);
  g_autofree char *slip = dup_text (self->slip_row);
  g_autofree char *day = dup_text (self->date_row);
  g_autofree char *amount_text = dup_text (self->amount_row);
  g_autofree char *note = dup_text (self->note_row);
  g_autoptr(GArray) reports = g_array_new (FALSE, FALSE, sizeof (HkBankDepositReport));
  g_autoptr(GArray) cheques = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HkBankDeposit) deposit = NULL;
  g_autoptr(GError) error = NULL;
  HkBankDepositInput input = { 0 };

  update_actions (self);
  if (self->problem != NULL)
    return;

  input.bank_name = bank;
  input.slip_no = slip;
  input.slip_date = day;
  hk_money_parse (amount_text, &input.amount, NULL);
  input.note = *note != '\0' ? note : NULL;

  for (guint i = 0; i < self->report_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->report_checks, i);
      HkBankDepositShare *share = g_object_get_data (G_OBJECT (check), "share");
      HkBankDepositReport report = { share->clerk_id, share->day };

      if (gtk_check_button_get_active (check))
        g_array_append_val (reports, report);
    }
  for (guint i = 0; i < self->cheque_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->cheque_checks, i);
      gint64 id = hk_cheque_get_id (g_object_get_data (G_OBJECT (check), "cheque"));

      if (gtk_check_button_get_active (check))
        g_array_append_val (cheques, id);
    }

  deposit = hk_bank_store_record_deposit (hk_context_get_bank_store (self->context),
                                          hk_context_get_operator (self->context), &input,
                                          (HkBankDepositReport *)(gpointer)reports->data,
                                          reports->len, (gint64 *)(gpointer)cheques->data,
                                          cheques->len, &error);
  if (deposit == NULL)
    {
      g_free (self->problem);
      self->problem = g_strdup (error->message);
      gtk_label_set_label (self->problem_label, self->problem);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, deposit);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_entry_activated_cb (HkBankDepositEditor *self,
                       AdwEntryRow         *row)
{
  if (row == self->note_row || self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static GtkWidget *
add_choice (HkBankDepositEditor *self,
            AdwPreferencesGroup *group,
            GPtrArray           *checks,
            const char          *title,
            const char          *subtitle,
            gint64               amount)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_add_css_class (label, "numeric");
  hk_bank_set_money_label (GTK_LABEL (label), amount);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (checks, check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_chosen_cb), self,
                           G_CONNECT_SWAPPED);

  return check;
}

static void
fill_choices (HkBankDepositEditor *self,
              gint64               cheque_id)
{
  g_autofree char *today = hk_bank_today (self->context);
  g_autoptr(GDate) date = g_date_new ();
  g_autoptr(GPtrArray) shares = NULL;
  g_autoptr(GPtrArray) cheques = NULL;
  char first_day[16];

  g_date_set_parse (date, today);
  g_date_subtract_days (date, REPORT_DAYS);
  g_date_strftime (first_day, sizeof first_day, "%Y-%m-%d", date);

  shares = hk_bank_store_list_undeposited (hk_context_get_bank_store (self->context), first_day,
                                           today, NULL);
  for (guint i = 0; shares != NULL && i < shares->len; i++)
    {
      HkBankDepositShare *share = g_ptr_array_index (shares, i);
      g_autofree char *clerk = hk_bank_operator_name (self->context, share->clerk_id);
      g_autofree char *title = NULL;
      GtkWidget *check;

      /* Translators: "2026-10-17 · 王芳" (a daily report: its day and its clerk) */
      title = g_strdup_printf (_("%s · %s"), share->day, clerk);
      check = add_choice (self, self->reports_group, self->report_checks, title, NULL,
                          share->takings);
      g_object_set_data_full (G_OBJECT (check), "share", hk_bank_deposit_share_copy (share),
                              (GDestroyNotify)hk_bank_deposit_share_free);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reports_group), self->report_checks->len > 0);

  cheques = hk_cheque_store_list (hk_context_get_cheque_store (self->context),
                                  HK_CHEQUE_ENDORSED, NULL);
  for (guint i = 0; cheques != NULL && i < cheques->len; i++)
    {
      HkCheque *cheque = g_ptr_array_index (cheques, i);
      g_autofree char *title = NULL;
      GtkWidget *check;

      /* Translators: "Cheque 10203344" */
      title = g_strdup_printf (_("Cheque %s"), hk_cheque_get_cheque_no (cheque));
      check = add_choice (self, self->cheques_group, self->cheque_checks, title,
                          hk_cheque_get_payer (cheque), hk_cheque_get_amount (cheque));
      g_object_set_data_full (G_OBJECT (check), "cheque", g_object_ref (cheque), g_object_unref);
      if (hk_cheque_get_id (cheque) == cheque_id)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->cheques_group), self->cheque_checks->len > 0);
}

static void
hk_bank_deposit_editor_dispose (GObject *object)
{
  HkBankDepositEditor *self = (HkBankDepositEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_BANK_DEPOSIT_EDITOR);
  g_clear_pointer (&self->report_checks, g_ptr_array_unref);
  g_clear_pointer (&self->cheque_checks, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_bank_deposit_editor_parent_class)->dispose (object);
}

static void
hk_bank_deposit_editor_class_init (HkBankDepositEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_bank_deposit_editor_dispose;

  /**
   * HkBankDepositEditor::saved:
   * @deposit: the deposit as recorded
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_BANK_DEPOSIT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/"
                                               "hk-bank-deposit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, bank_row);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, carried_label);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, cheques_group);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, reports_group);
  gtk_widget_class_bind_template_child (widget_class, HkBankDepositEditor, slip_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
hk_bank_deposit_editor_init (HkBankDepositEditor *self)
{
  self->report_checks = g_ptr_array_new ();
  self->cheque_checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->amount_row, "changed", G_CALLBACK (on_amount_typed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * hk_bank_deposit_editor_new:
 * @cheque_id: a cheque to tick at first, or 0
 *
 * Returns: (transfer none): a new editor; present it
 */
HkBankDepositEditor *
hk_bank_deposit_editor_new (GtkWindow *parent,
                            HkContext *context,
                            gint64     cheque_id)
{
  HkBankDepositEditor *self = g_object_new (HK_TYPE_BANK_DEPOSIT_EDITOR,
                                            "transient-for", parent, NULL);
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) recent = NULL;

  self->context = g_object_ref (context);
  today = hk_bank_today (context);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  /* The hall banks at one branch: the last deposit's bank is most likely this one's. */
  recent = hk_bank_store_list_deposits (hk_context_get_bank_store (context), "0001-01-01",
                                        today, NULL);
  if (recent != NULL && recent->len > 0)
    gtk_editable_set_text (GTK_EDITABLE (self->bank_row),
                           hk_bank_deposit_get_bank_name (g_ptr_array_index (recent,
                                                                             recent->len - 1)));

  fill_choices (self, cheque_id);
  on_chosen_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->slip_row));

  return self;
}

/* Returns: (nullable): the first problem of the form, or %NULL when Record may be used */
const char *
hk_bank_deposit_editor_get_problem (HkBankDepositEditor *self)
{
  g_return_val_if_fail (HK_IS_BANK_DEPOSIT_EDITOR (self), NULL);

  return self->problem;
}

/* Ticks the daily report of @clerk_id on @day, as a click on its box does; FALSE when the
 * form does not offer it. */
gboolean
hk_bank_deposit_editor_choose_report (HkBankDepositEditor *self,
                                      const char          *day,
                                      gint64               clerk_id)
{
  g_return_val_if_fail (HK_IS_BANK_DEPOSIT_EDITOR (self), FALSE);

  for (guint i = 0; i < self->report_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->report_checks, i);
      HkBankDepositShare *share = g_object_get_data (G_OBJECT (check), "share");

      if (share->clerk_id == clerk_id && g_strcmp0 (share->day, day) == 0)
        {
          gtk_check_button_set_active (check, TRUE);
          return TRUE;
        }
    }

  return FALSE;
}
