/* sw-team-panel.c — the meeting's participants (add, rename, remove, choose who votes), blind mode, notes
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person alone sees a single line offering to vote as a team, and the
 * notes: none of the team's machinery. A team's rows (SwParticipantRow) are
 * bound to the meeting's list of participants: they come and go with the
 * participants and follow them in place, so none is rebuilt while a name is
 * being edited. The list scrolls within a limited height, so that with
 * thirty-two people the priorities stay near.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-blind-vote.h"
#include "sw-participant-row.h"
#include "sw-team-panel.h"
#include "sw-toast.h"
#include "sw-wrap.h"

struct _SwTeamPanel
{
  AdwBin       parent_instance;

  SwMeeting  *meeting;
  gboolean     syncing;         /* showing the decision, not editing it */

  /* Template widgets */
  GtkWidget   *blind_box;
  GtkSwitch   *blind_switch;
  GtkWidget   *add_button;
  GtkWidget   *team_button;
  GtkWidget   *alone_label;
  GtkWidget   *participant_box;
  GtkWidget   *participant_scroller;
  GtkListBox  *participant_list;
  GtkToggleButton *notes_button;
  AdwButtonContent *notes_heading;
  GtkRevealer *notes_revealer;

  GtkTextView *notes_view;      /* NULL until the notes first open or arrive */
};

G_DEFINE_FINAL_TYPE (SwTeamPanel, sw_team_panel, ADW_TYPE_BIN)

/* Where the row's participant is now; FALSE once they have left. */
static gboolean
row_position (SwTeamPanel      *self,
              SwParticipantRow *row,
              guint            *position)
{
  return self->meeting != NULL &&
         sw_meeting_find_participant (self->meeting, sw_participant_row_get_participant (row), position);
}

static void
row_chose (SwParticipantRow *row,
           SwTeamPanel      *self)
{
  guint position;

  if (row_position (self, row, &position))
    sw_meeting_set_active_participant (self->meeting, position);
}

static void
row_activated (GtkListBox    *list,
               GtkListBoxRow *row,
               SwTeamPanel   *self)
{
  row_chose (SW_PARTICIPANT_ROW (row), self);
}

/* A name the decision refuses (empty, too long, or someone else's) is not
 * taken: the row goes back to the participant's name. */
static void
row_renamed (SwParticipantRow *row,
             const char       *name,
             SwTeamPanel      *self)
{
  guint position;
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (row_position (self, row, &position))
    sw_meeting_rename_participant (self->meeting, position, stripped);
}

static void
row_voted (SwParticipantRow *row,
           gboolean          voted,
           SwTeamPanel      *self)
{
  guint position;
  SwBlindVote blind;

  if (!row_position (self, row, &position))
    return;

  /* A sealed ballot is cleared, not reopened: the window asks first
   * (win.clear-ballot), and meanwhile the row shows it still voted. */
  sw_blind_vote_init_from_meeting (&blind, self->meeting);
  if (!voted && blind.hidden && sw_meeting_get_participant_voted (self->meeting, position))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.clear-ballot", "s",
                                  sw_meeting_get_participant_name (self->meeting, position));
      return;
    }

  sw_meeting_set_participant_voted (self->meeting, position, voted);
}

static void
row_removed (SwParticipantRow *row,
             SwTeamPanel      *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;
  guint position;

  if (!row_position (self, row, &position))
    return;

  name = g_markup_escape_text (sw_meeting_get_participant_name (self->meeting, position), -1);
  sw_meeting_remove_participant (self->meeting, position);

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  /* Translators: a toast after a participant was removed, "Removed Ana" */
  title = g_strdup_printf (_("Removed %s"), name);
  sw_toast_offer_undo (ADW_TOAST_OVERLAY (overlay), self->meeting, title);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SwTeamPanel *self = user_data;
  GtkWidget *row = sw_participant_row_new (SW_PARTICIPANT (item));
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->participant_list, 0);

  /* One group for the choice of whose weights the sliders show. */
  if (first != NULL && SW_IS_PARTICIPANT_ROW (first))
    sw_participant_row_set_group (SW_PARTICIPANT_ROW (row), SW_PARTICIPANT_ROW (first));
  sw_participant_row_set_blind (SW_PARTICIPANT_ROW (row), sw_meeting_get_blind (self->meeting));

  g_signal_connect_object (row, "choose", G_CALLBACK (row_chose), self, 0);
  g_signal_connect_object (row, "rename", G_CALLBACK (row_renamed), self, 0);
  g_signal_connect_object (row, "vote", G_CALLBACK (row_voted), self, 0);
  g_signal_connect_object (row, "remove", G_CALLBACK (row_removed), self, 0);

  return row;
}

/* What depends on how many take part; the rows follow their participants. */
static void
sync_team (SwTeamPanel *self)
{
  guint n = sw_meeting_get_n_participants (self->meeting);
  gboolean blind = sw_meeting_get_blind (self->meeting);
  GtkListBoxRow *row;

  self->syncing = TRUE;

  gtk_widget_set_visible (self->participant_box, n > 0);
  gtk_widget_set_visible (self->alone_label, n == 0);
  gtk_widget_set_visible (self->blind_box, n >= 2);
  gtk_widget_set_visible (self->add_button, n > 0);
  gtk_widget_set_visible (self->team_button, n == 0);
  gtk_widget_set_sensitive (self->add_button, n < SW_TEAM_MAX_PARTICIPANTS);
  gtk_switch_set_active (self->blind_switch, blind);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->participant_list, i)) != NULL; i++)
    sw_participant_row_set_blind (SW_PARTICIPANT_ROW (row), blind);

  self->syncing = FALSE;
}

/* One click, one participant, whose name is ready for typing. Deciding
 * alone, the team button starts a team of two: the one person (with their
 * weights) and a newcomer. */
static void
add_clicked (SwTeamPanel *self)
{
  int added = sw_meeting_add_participant (self->meeting, NULL);
  GtkListBoxRow *row;

  if (added < 0)
    return;

  row = gtk_list_box_get_row_at_index (self->participant_list, added);
  if (row != NULL)
    sw_participant_row_start_editing (SW_PARTICIPANT_ROW (row));
}

static void
blind_switched (SwTeamPanel *self)
{
  if (self->syncing)
    return;

  sw_meeting_set_blind (self->meeting, gtk_switch_get_active (self->blind_switch));
}

static void
notes_edited (GtkTextBuffer *buffer,
              SwTeamPanel   *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->syncing || self->meeting == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  sw_meeting_set_notes (self->meeting, text);
}

/* The notes' text view, built the first time they open or a meeting brings
 * some: a GtkTextView and its class (a hundred key bindings) cost some 6 M
 * instructions before a first frame that shows the notes closed. */
static void
ensure_notes_view (SwTeamPanel *self)
{
  GtkWidget *scroller;
  GtkWidget *view;

  if (self->notes_view != NULL)
    return;

  view = g_object_new (GTK_TYPE_TEXT_VIEW,
                       /* Tab goes on through the form; the notes are prose. */
                       "accepts-tab", FALSE,
                       "wrap-mode", GTK_WRAP_WORD_CHAR,
                       "top-margin", 10,
                       "bottom-margin", 10,
                       "left-margin", 12,
                       "right-margin", 12,
                       NULL);
  gtk_widget_add_css_class (view, "notes-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The meeting’s context: what is being decided and why; it opens the decision record"),
                                  -1);
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed", G_CALLBACK (notes_edited), self);

  scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "margin-top", 2,
                           "min-content-height", 90,
                           "max-content-height", 240,
                           "propagate-natural-height", TRUE,
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "child", view,
                           NULL);
  gtk_widget_add_css_class (scroller, "card");
  gtk_revealer_set_child (self->notes_revealer, scroller);
  self->notes_view = GTK_TEXT_VIEW (view);
}

GtkTextView *
sw_team_panel_get_notes_view (SwTeamPanel *self)
{
  g_return_val_if_fail (SW_IS_TEAM_PANEL (self), NULL);

  return self->notes_view;
}

/* Open, the notes take the focus, ready for typing; the arrow points down. */
static void
notes_toggled (SwTeamPanel *self)
{
  gboolean open = gtk_toggle_button_get_active (self->notes_button);

  adw_button_content_set_icon_name (self->notes_heading, open ? "pan-down-symbolic" : "pan-end-symbolic");
  if (open)
    ensure_notes_view (self);
  if (open && !self->syncing && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->notes_view));
}

static void
sync_notes (SwTeamPanel *self)
{
  GtkTextBuffer *buffer;
  const char *notes = sw_meeting_get_notes (self->meeting);
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  /* No view yet: no notes written, so none to clear. */
  if (self->notes_view == NULL && notes[0] == '\0')
    return;
  ensure_notes_view (self);
  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, notes) == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, notes, -1);
  /* Notes that arrive with a meeting file are shown. */
  if (notes[0] != '\0')
    gtk_toggle_button_set_active (self->notes_button, TRUE);
  self->syncing = FALSE;
}

void
sw_team_panel_set_meeting (SwTeamPanel *self,
                            SwMeeting  *meeting)
{
  g_return_if_fail (SW_IS_TEAM_PANEL (self));
  g_return_if_fail (SW_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  gtk_list_box_bind_model (self->participant_list, NULL, NULL, NULL, NULL);
  g_set_object (&self->meeting, meeting);

  gtk_list_box_bind_model (self->participant_list, sw_meeting_get_participants (meeting),
                           create_row, self, NULL);
  g_signal_connect_object (meeting, "participants-changed", G_CALLBACK (sync_team), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (meeting, "notify::blind", G_CALLBACK (sync_team), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (meeting, "notify::notes", G_CALLBACK (sync_notes), self, G_CONNECT_SWAPPED);

  sync_team (self);
  sync_notes (self);
}

static void
sw_team_panel_dispose (GObject *object)
{
  SwTeamPanel *self = SW_TEAM_PANEL (object);

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_TEAM_PANEL);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (sw_team_panel_parent_class)->dispose (object);
}

/* The form scrolls as a whole, and a scrolled form gives its children their
 * minimum height: the list's holder asks for the list's natural height (up
 * to the scroller's maximum) as its minimum, so that a few rows show whole
 * and many scroll within that height. */
static void
list_holder_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural;
  *minimum_baseline = -1;
  *natural_baseline = -1;
}

static void
list_holder_allocate (GtkWidget *widget,
                      int        width,
                      int        height,
                      int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, -1, NULL);
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
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, team_button);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, participant_box);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, participant_scroller);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, alone_label);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, participant_list);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, notes_button);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, notes_heading);
  gtk_widget_class_bind_template_child (widget_class, SwTeamPanel, notes_revealer);

  gtk_widget_class_set_css_name (widget_class, "teampanel");
}

static void
sw_team_panel_init (SwTeamPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sw_wrap_floor_within (GTK_WIDGET (self));

  gtk_widget_set_layout_manager (self->participant_box,
                                 gtk_custom_layout_new (NULL, list_holder_measure, list_holder_allocate));

  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked), self);
  g_signal_connect_swapped (self->team_button, "clicked", G_CALLBACK (add_clicked), self);
  g_signal_connect_swapped (self->blind_switch, "notify::active", G_CALLBACK (blind_switched), self);
  g_signal_connect (self->participant_list, "row-activated", G_CALLBACK (row_activated), self);
  g_signal_connect_swapped (self->notes_button, "toggled", G_CALLBACK (notes_toggled), self);
}
