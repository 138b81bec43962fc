/* sw-team-panel.c — the meeting's participants (add, rename, remove, choose who votes), blind mode, notes
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person alone sees a single line offering to add participants, and the
 * notes: none of the team's machinery.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-team-panel.h"

struct _SwTeamPanel
{
  AdwBin       parent_instance;

  SwDecision  *decision;
  gboolean     syncing;         /* showing the decision, not editing it */

  /* Template widgets */
  GtkWidget   *blind_box;
  GtkSwitch   *blind_switch;
  GtkWidget   *add_button;
  GtkWidget   *alone_label;
  GtkListBox  *participant_list;
  GtkToggleButton *notes_button;
  AdwButtonContent *notes_heading;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (SwTeamPanel, sw_team_panel, ADW_TYPE_BIN)

GtkWidget *
sw_team_panel_new (void)
{
  return g_object_new (SW_TYPE_TEAM_PANEL, NULL);
}

static guint
row_participant (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "sw-participant"));
}

static void
active_toggled (GtkCheckButton *button,
                SwTeamPanel    *self)
{
  if (self->syncing || !gtk_check_button_get_active (button))
    return;

  sw_decision_set_active_participant (self->decision, row_participant (GTK_WIDGET (button)));
}

static void
row_activated (GtkListBox    *list,
               GtkListBoxRow *row,
               SwTeamPanel   *self)
{
  sw_decision_set_active_participant (self->decision, row_participant (GTK_WIDGET (row)));
}

static void
voted_toggled (GtkCheckButton *button,
               SwTeamPanel    *self)
{
  if (self->syncing)
    return;

  sw_decision_set_participant_voted (self->decision, row_participant (GTK_WIDGET (button)),
                                     gtk_check_button_get_active (button));
}

/* A name is committed when editing ends; one the decision refuses (empty, or
 * someone else's) goes back to what it was. */
static void
name_editing_changed (GtkEditableLabel *label,
                      GParamSpec       *pspec,
                      SwTeamPanel      *self)
{
  guint participant = row_participant (GTK_WIDGET (label));

  if (self->syncing || gtk_editable_label_get_editing (label))
    return;
  if (participant >= sw_decision_get_n_participants (self->decision))
    return;

  if (!sw_decision_rename_participant (self->decision, participant,
                                       gtk_editable_get_text (GTK_EDITABLE (label))))
    gtk_editable_set_text (GTK_EDITABLE (label), sw_decision_get_participant_name (self->decision, participant));
}

static void
remove_clicked (GtkButton   *button,
                SwTeamPanel *self)
{
  sw_decision_remove_participant (self->decision, row_participant (GTK_WIDGET (button)));
}

static void
add_clicked (SwTeamPanel *self)
{
  sw_decision_add_participant (self->decision, NULL);
}

static void
set_participant (gpointer widget,
                 guint    participant)
{
  g_object_set_data (G_OBJECT (widget), "sw-participant", GUINT_TO_POINTER (participant));
}

static GtkWidget *
build_row (SwTeamPanel    *self,
           guint           participant,
           GtkCheckButton *group)
{
  const char *name = sw_decision_get_participant_name (self->decision, participant);
  gboolean blind = sw_decision_get_blind (self->decision);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *active = gtk_check_button_new ();
  GtkWidget *label = gtk_editable_label_new (name);
  GtkWidget *voted = gtk_check_button_new_with_mnemonic (_("_Voted"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *set_weights = NULL;
  g_autofree char *remove_label = NULL;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  /* Whose weights the sliders show. */
  gtk_check_button_set_group (GTK_CHECK_BUTTON (active), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (active),
                               sw_decision_get_active_participant (self->decision) == participant);
  /* Translators: the accessible name of the choice of active participant, "Set Ana’s weights" */
  set_weights = g_strdup_printf (_("Set %s’s weights"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (active), GTK_ACCESSIBLE_PROPERTY_LABEL, set_weights, -1);
  gtk_widget_set_tooltip_text (active, set_weights);
  set_participant (active, participant);
  g_signal_connect (active, "toggled", G_CALLBACK (active_toggled), self);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "participant-name");
  gtk_editable_set_max_width_chars (GTK_EDITABLE (label), 32);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  gtk_widget_set_tooltip_text (label, _("Click to rename"));
  set_participant (label, participant);
  g_signal_connect (label, "notify::editing", G_CALLBACK (name_editing_changed), self);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (voted), sw_decision_get_participant_voted (self->decision, participant));
  gtk_widget_set_visible (voted, blind);
  gtk_widget_set_tooltip_text (voted, _("Finished setting their weights"));
  set_participant (voted, participant);
  g_signal_connect (voted, "toggled", G_CALLBACK (voted_toggled), self);

  /* Translators: the accessible name of a participant's remove button, "Remove Ana" */
  remove_label = g_strdup_printf (_("Remove %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  set_participant (remove, participant);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked), self);

  gtk_box_append (GTK_BOX (box), active);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), voted);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  set_participant (row, participant);

  if (sw_decision_get_active_participant (self->decision) == participant)
    gtk_widget_add_css_class (row, "active-participant");

  return row;
}

static void
rebuild (SwTeamPanel *self)
{
  guint n = sw_decision_get_n_participants (self->decision);
  GtkCheckButton *group = NULL;
  GtkWidget *child;

  self->syncing = TRUE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->participant_list))) != NULL)
    gtk_list_box_remove (self->participant_list, child);

  for (guint p = 0; p < n; p++)
    {
      GtkWidget *row = build_row (self, p, group);

      if (group == NULL)
        group = GTK_CHECK_BUTTON (gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))));
      gtk_list_box_append (self->participant_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->participant_list), n > 0);
  gtk_widget_set_visible (self->alone_label, n == 0);
  gtk_widget_set_visible (self->blind_box, n >= 2);
  gtk_widget_set_sensitive (self->add_button, n < SW_TEAM_MAX_PARTICIPANTS);
  gtk_switch_set_active (self->blind_switch, sw_decision_get_blind (self->decision));

  self->syncing = FALSE;
}

static void
blind_switched (SwTeamPanel *self)
{
  if (self->syncing)
    return;

  sw_decision_set_blind (self->decision, gtk_switch_get_active (self->blind_switch));
}

static void
notes_edited (GtkTextBuffer *buffer,
              SwTeamPanel   *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->syncing || self->decision == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  sw_decision_set_notes (self->decision, text);
}

/* Open, the notes take the focus, ready for typing; the arrow points down. */
static void
notes_toggled (SwTeamPanel *self)
{
  gboolean open = gtk_toggle_button_get_active (self->notes_button);

  adw_button_content_set_icon_name (self->notes_heading, open ? "pan-down-symbolic" : "pan-end-symbolic");
  if (open && !self->syncing && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->notes_view));
}

static void
sync_notes (SwTeamPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *notes = sw_decision_get_notes (self->decision);
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, notes) == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, notes, -1);
  /* Notes that arrive with a scenario are shown. */
  if (notes[0] != '\0')
    gtk_toggle_button_set_active (self->notes_button, TRUE);
  self->syncing = FALSE;
}

void
sw_team_panel_set_decision (SwTeamPanel *self,
                            SwDecision  *decision)
{
  g_return_if_fail (SW_IS_TEAM_PANEL (self));
  g_return_if_fail (SW_IS_DECISION (decision));

  if (self->decision == decision)
    return;

  if (self->decision != NULL)
    g_signal_handlers_disconnect_by_data (self->decision, self);
  g_set_object (&self->decision, decision);

  g_signal_connect_object (decision, "participants-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (decision, "notify::blind", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (decision, "notify::notes", G_CALLBACK (sync_notes), self, G_CONNECT_SWAPPED);

  rebuild (self);
  sync_notes (self);
}

static void
sw_team_panel_dispose (GObject *object)
{
  SwTeamPanel *self = SW_TEAM_PANEL (object);

  if (self->decision != NULL)
    g_signal_handlers_disconnect_by_data (self->decision, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_TEAM_PANEL);
  g_clear_object (&self->decision);

  G_OBJECT_CLASS (sw_team_panel_parent_class)->dispose (object);
}

static void
sw_team_panel_class_init (SwTeamPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_team_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-team-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, blind_box);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, blind_switch);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, add_button);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, alone_label);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, participant_list);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, notes_button);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, notes_heading);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, notes_view);

  gtk_widget_class_set_css_name (widget_class, "teampanel");
}

static void
sw_team_panel_init (SwTeamPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked), self);
  g_signal_connect_swapped (self->blind_switch, "notify::active", G_CALLBACK (blind_switched), self);
  g_signal_connect (self->participant_list, "row-activated", G_CALLBACK (row_activated), self);
  g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed", G_CALLBACK (notes_edited), self);
  g_signal_connect_swapped (self->notes_button, "toggled", G_CALLBACK (notes_toggled), self);
}
