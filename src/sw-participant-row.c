/* sw-participant-row.c — one participant in the meeting's list: whose weights, name, vote, remove
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row lives as long as its participant is in the list and follows the
 * participant's properties in place: renaming, voting or choosing someone
 * else never rebuilds a row, so nothing is torn down while a name is being
 * edited. The name is a label that turns into an entry, rather than a
 * GtkEditableLabel: GTK 4.8's editable label stops editing from a timeout
 * that keeps a bare pointer to its focus controller, and a row removed within
 * that tenth of a second crashed the app. Here, the focus leaving the entry
 * ends the editing at once.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-participant-row.h"

struct _SwParticipantRow
{
  GtkListBoxRow   parent_instance;

  SwParticipant  *participant;
  gboolean        syncing;      /* showing the participant, not asking for a change */
  gboolean        editing;
  char           *editing_from;  /* the name when editing began */
  guint32         last_press;    /* of a press on the name, for a double-click */
  /* While editing, a click anywhere in the window that is not in the entry
   * ends it, even on something that takes no focus: a gesture on the window
   * while the row is in it. */
  GtkWidget      *click_root;
  GtkEventController *root_click;

  /* Template widgets */
  GtkCheckButton *active_check;
  GtkStack       *name_stack;
  GtkLabel       *name_label;
  GtkEntry       *name_entry;
  GtkCheckButton *voted_check;
  GtkButton      *remove_button;
};

G_DEFINE_FINAL_TYPE (SwParticipantRow, sw_participant_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PARTICIPANT,
  N_PROPS
};

enum {
  CHOOSE,
  RENAME,
  VOTE,
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
sw_participant_row_new (SwParticipant *participant)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT (participant), NULL);

  return g_object_new (SW_TYPE_PARTICIPANT_ROW, "participant", participant, NULL);
}

SwParticipant *
sw_participant_row_get_participant (SwParticipantRow *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT_ROW (self), NULL);

  return self->participant;
}

void
sw_participant_row_set_group (SwParticipantRow *self,
                              SwParticipantRow *group)
{
  g_return_if_fail (SW_IS_PARTICIPANT_ROW (self));
  g_return_if_fail (group == NULL || SW_IS_PARTICIPANT_ROW (group));

  self->syncing = TRUE;
  gtk_check_button_set_group (self->active_check, group != NULL ? group->active_check : NULL);
  gtk_check_button_set_active (self->active_check, sw_participant_get_active (self->participant));
  self->syncing = FALSE;
}

void
sw_participant_row_set_blind (SwParticipantRow *self,
                              gboolean          blind)
{
  g_return_if_fail (SW_IS_PARTICIPANT_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->voted_check), blind);
}

gboolean
sw_participant_row_get_editing (SwParticipantRow *self)
{
  g_return_val_if_fail (SW_IS_PARTICIPANT_ROW (self), FALSE);

  return self->editing;
}

/* The participant → the row. */

static void
show_name (SwParticipantRow *self)
{
  const char *name = sw_participant_get_name (self->participant);
  g_autofree char *set_weights = NULL;
  g_autofree char *remove = NULL;

  if (name == NULL)
    name = "";

  gtk_label_set_text (self->name_label, name);

  /* Translators: the accessible name of the choice of active participant, "Set Ana’s weights" */
  set_weights = g_strdup_printf (_("Set %s’s weights"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->active_check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, set_weights, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->active_check), set_weights);

  /* Translators: the accessible name of a participant's remove button, "Remove Ana" */
  remove = g_strdup_printf (_("Remove %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
show_voted (SwParticipantRow *self)
{
  self->syncing = TRUE;
  gtk_check_button_set_active (self->voted_check, sw_participant_get_voted (self->participant));
  self->syncing = FALSE;
}

static void
show_active (SwParticipantRow *self)
{
  gboolean active = sw_participant_get_active (self->participant);

  self->syncing = TRUE;
  gtk_check_button_set_active (self->active_check, active);
  self->syncing = FALSE;

  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self), "active-participant");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "active-participant");
}

/* A long name cut short shows whole in the tooltip; otherwise the row's hint. */
static gboolean
name_query_tooltip (GtkWidget        *label,
                    int               x,
                    int               y,
                    gboolean          keyboard,
                    GtkTooltip       *tooltip,
                    SwParticipantRow *self)
{
  if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  else
    gtk_tooltip_set_text (tooltip, gtk_widget_get_tooltip_text (GTK_WIDGET (self)));

  return TRUE;
}

/* The row → requests. */

static void
active_toggled (SwParticipantRow *self)
{
  if (self->syncing)
    return;

  if (gtk_check_button_get_active (self->active_check))
    g_signal_emit (self, signals[CHOOSE], 0);
  /* Unticked by hand: only choosing someone else moves the choice. */
  else if (sw_participant_get_active (self->participant))
    show_active (self);
}

static void
voted_toggled (SwParticipantRow *self)
{
  if (self->syncing)
    return;

  g_signal_emit (self, signals[VOTE], 0, gtk_check_button_get_active (self->voted_check));
  /* Refused (or not yet written): the check shows what the participant says. */
  show_voted (self);
}

static void
remove_clicked (SwParticipantRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* Editing the name. */

static void
release_root (SwParticipantRow *self)
{
  if (self->root_click != NULL && self->click_root != NULL)
    gtk_widget_remove_controller (self->click_root, self->root_click);
  self->root_click = NULL;
  if (self->click_root != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->click_root), (gpointer *) &self->click_root);
      self->click_root = NULL;
    }
}

static void
stop_editing (SwParticipantRow *self,
              gboolean          commit)
{
  g_autofree char *typed = NULL;
  GtkRoot *root;
  GtkWidget *focus;
  gboolean had_focus;

  if (!self->editing)
    return;

  self->editing = FALSE;
  typed = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && (focus == GTK_WIDGET (self->name_entry) ||
                                gtk_widget_is_ancestor (focus, GTK_WIDGET (self->name_entry)));

  gtk_stack_set_visible_child_name (self->name_stack, "label");
  /* The focus stays in the row, not lost with the entry. */
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));

  /* Only what was typed: a name changed meanwhile (undo, a ballot) stays. */
  if (commit && g_strcmp0 (typed, self->editing_from) != 0)
    g_signal_emit (self, signals[RENAME], 0, typed);
  g_clear_pointer (&self->editing_from, g_free);
  /* Whatever was decided, the label says the participant's name. */
  show_name (self);
}

static void
root_pressed (GtkGestureClick  *gesture,
              int               n_press,
              double            x,
              double            y,
              SwParticipantRow *self)
{
  GtkWidget *root = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *target;

  if (!self->editing)
    return;

  target = gtk_widget_pick (root, x, y, GTK_PICK_DEFAULT);
  if (target != NULL && (target == GTK_WIDGET (self->name_entry) ||
                         gtk_widget_is_ancestor (target, GTK_WIDGET (self->name_entry))))
    return;

  stop_editing (self, TRUE);
}

void
sw_participant_row_start_editing (SwParticipantRow *self)
{
  g_return_if_fail (SW_IS_PARTICIPANT_ROW (self));

  if (self->editing)
    return;

  self->editing = TRUE;
  g_free (self->editing_from);
  self->editing_from = g_strdup (gtk_label_get_text (self->name_label));
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), self->editing_from);
  gtk_stack_set_visible_child_name (self->name_stack, "entry");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->name_entry), 0, -1);
}

static void
entry_activated (SwParticipantRow *self)
{
  stop_editing (self, TRUE);
}

/* Tab, a click on something that takes the focus, the window losing it… */
static void
entry_focus_left (SwParticipantRow *self)
{
  stop_editing (self, TRUE);
}

static gboolean
entry_key_pressed (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   SwParticipantRow      *self)
{
  if (keyval != GDK_KEY_Escape || !self->editing)
    return GDK_EVENT_PROPAGATE;

  stop_editing (self, FALSE);
  return GDK_EVENT_STOP;
}

/* A double-click on the name renames. Counted from the raw presses: the
 * list's own click gesture claims each click to activate the row, which
 * resets the count of any gesture below it. */
static gboolean
row_event (GtkEventControllerLegacy *controller,
           GdkEvent                 *event,
           SwParticipantRow         *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  guint32 time = gdk_event_get_time (event);
  int double_click_time = 400;
  double x, y;
  graphene_point_t point;
  gboolean on_name;

  if (gdk_event_get_event_type (event) != GDK_BUTTON_PRESS ||
      gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY ||
      self->editing)
    return GDK_EVENT_PROPAGATE;

  gdk_event_get_position (event, &x, &y);
  on_name = gtk_widget_compute_point (GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (self))),
                                      GTK_WIDGET (self->name_label),
                                      &GRAPHENE_POINT_INIT (x, y), &point) &&
            gtk_widget_contains (GTK_WIDGET (self->name_label), point.x, point.y);

  g_object_get (settings, "gtk-double-click-time", &double_click_time, NULL);
  if (on_name && self->last_press != 0 && time - self->last_press <= (guint32) double_click_time)
    {
      self->last_press = 0;
      sw_participant_row_start_editing (self);
      return GDK_EVENT_STOP;
    }

  self->last_press = on_name ? time : 0;
  return GDK_EVENT_PROPAGATE;
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sw_participant_row_start_editing (SW_PARTICIPANT_ROW (widget));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SwParticipantRow *self = SW_PARTICIPANT_ROW (widget);

  if (!self->editing)
    g_signal_emit (self, signals[REMOVE], 0);
}

/* Setup */

static void
set_participant (SwParticipantRow *self,
                 SwParticipant    *participant)
{
  g_return_if_fail (SW_IS_PARTICIPANT (participant));
  g_return_if_fail (self->participant == NULL);

  self->participant = g_object_ref (participant);
  g_signal_connect_object (participant, "notify::name", G_CALLBACK (show_name), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (participant, "notify::voted", G_CALLBACK (show_voted), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (participant, "notify::active", G_CALLBACK (show_active), self, G_CONNECT_SWAPPED);
  show_name (self);
  show_voted (self);
  show_active (self);
}

static void
sw_participant_row_root (GtkWidget *widget)
{
  SwParticipantRow *self = SW_PARTICIPANT_ROW (widget);
  GtkGesture *click;

  GTK_WIDGET_CLASS (sw_participant_row_parent_class)->root (widget);

  self->click_root = GTK_WIDGET (gtk_widget_get_root (widget));
  g_object_add_weak_pointer (G_OBJECT (self->click_root), (gpointer *) &self->click_root);
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (root_pressed), self);
  self->root_click = GTK_EVENT_CONTROLLER (click);
  gtk_widget_add_controller (self->click_root, self->root_click);
}

static void
sw_participant_row_unroot (GtkWidget *widget)
{
  SwParticipantRow *self = SW_PARTICIPANT_ROW (widget);

  /* Leaving the window (removed from the list, or the window closing) ends
   * the editing without asking anything of a meeting that may be gone. */
  self->editing = FALSE;
  release_root (self);

  GTK_WIDGET_CLASS (sw_participant_row_parent_class)->unroot (widget);
}

static void
sw_participant_row_dispose (GObject *object)
{
  SwParticipantRow *self = SW_PARTICIPANT_ROW (object);

  self->editing = FALSE;
  release_root (self);
  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_data (self->participant, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_PARTICIPANT_ROW);
  g_clear_object (&self->participant);
  g_clear_pointer (&self->editing_from, g_free);

  G_OBJECT_CLASS (sw_participant_row_parent_class)->dispose (object);
}

static void
sw_participant_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SwParticipantRow *self = SW_PARTICIPANT_ROW (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_participant_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SwParticipantRow *self = SW_PARTICIPANT_ROW (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      set_participant (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_participant_row_class_init (SwParticipantRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_participant_row_dispose;
  object_class->get_property = sw_participant_row_get_property;
  object_class->set_property = sw_participant_row_set_property;
  widget_class->root = sw_participant_row_root;
  widget_class->unroot = sw_participant_row_unroot;

  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL,
                         SW_TYPE_PARTICIPANT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwParticipantRow::choose:
   *
   * The participant's weights should be the ones the form shows.
   */
  signals[CHOOSE] = g_signal_new ("choose", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SwParticipantRow::rename:
   * @name: what was typed
   *
   * The participant should be called @name; the row shows whatever name the
   * participant has once the handlers ran.
   */
  signals[RENAME] = g_signal_new ("rename", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * SwParticipantRow::vote:
   * @voted: whether they have finished
   */
  signals[VOTE] = g_signal_new ("vote", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /**
   * SwParticipantRow::remove:
   *
   * The participant should leave the meeting.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* F2 renames, as in a file manager; Delete removes (with an undo toast). */
  gtk_widget_class_install_action (widget_class, "participant.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "participant.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "participant.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "participant.remove", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-participant-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SwParticipantRow, active_check);
  gtk_widget_class_bind_template_child (widget_class, SwParticipantRow, name_stack);
  gtk_widget_class_bind_template_child (widget_class, SwParticipantRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SwParticipantRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, SwParticipantRow, voted_check);
  gtk_widget_class_bind_template_child (widget_class, SwParticipantRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, active_toggled);
  gtk_widget_class_bind_template_callback (widget_class, voted_toggled);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated);

  gtk_widget_class_set_css_name (widget_class, "row");
}

static void
sw_participant_row_init (SwParticipantRow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The entry's own text has the focus: this sees it leave the entry as a whole. */
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (entry_focus_left), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (entry_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_entry), controller);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->name_label), TRUE);
  g_signal_connect (self->name_label, "query-tooltip", G_CALLBACK (name_query_tooltip), self);

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (row_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
