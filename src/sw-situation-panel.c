/* sw-situation-panel.c — the decision form's questions about the team's situation
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How well the team knows each technology, and what the existing systems run
 * on (docs/scoring.md, "The team's situation"). A dataset without
 * team-answered criteria hides the question it does not ask.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-choice-button.h"
#include "sw-situation-panel.h"
#include "sw-wrap.h"

#define SKILL_LEVELS 11   /* 0..10 */

struct _SwSituationPanel
{
  AdwBin         parent_instance;

  SwMeeting    *meeting;
  SwDataset     *dataset;
  gulong         changed_handler;
  GPtrArray     *rows;             /* AdwActionRow: one per technology, then the existing systems */
  GPtrArray     *skill_choices;    /* SwChoiceButton, one per technology */
  gboolean       syncing;

  SwChoiceButton *existing_choice;
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (SwSituationPanel, sw_situation_panel, ADW_TYPE_BIN)

static guint
skill_item (double level)
{
  return level < 0.0 ? 0 : 1 + (guint) CLAMP (round (level), 0, 10);
}

static guint
existing_item (SwSituationPanel *self,
               int               existing)
{
  if (existing == SW_EXISTING_NOT_STATED)
    return 0;
  if (existing == SW_EXISTING_NONE)
    return 1 + sw_dataset_get_n_technologies (self->dataset);
  return 1 + existing;
}

static void
sync_from_meeting (SwSituationPanel *self)
{
  const SwSituation *situation = sw_meeting_get_situation (self->meeting);

  self->syncing = TRUE;
  for (guint t = 0; t < self->skill_choices->len; t++)
    sw_choice_button_set_selected (g_ptr_array_index (self->skill_choices, t),
                                   skill_item (situation->skills[t]));
  if (self->existing_choice != NULL)
    sw_choice_button_set_selected (self->existing_choice, existing_item (self, situation->existing));
  self->syncing = FALSE;
}

static void
skill_selected (SwChoiceButton   *choice,
                GParamSpec       *pspec,
                SwSituationPanel *self)
{
  guint item = sw_choice_button_get_selected (choice);
  guint t;

  if (self->syncing || self->meeting == NULL)
    return;
  if (!g_ptr_array_find (self->skill_choices, choice, &t))
    return;

  /* A whole level already in place (a file may hold 7.5: leave it until changed). */
  if (skill_item (sw_meeting_get_situation (self->meeting)->skills[t]) == item)
    return;
  sw_meeting_set_skill (self->meeting, t, item == 0 ? SW_SKILL_NOT_STATED : (double) (item - 1));
}

static void
existing_selected (SwChoiceButton   *choice,
                   GParamSpec       *pspec,
                   SwSituationPanel *self)
{
  guint item = sw_choice_button_get_selected (choice);
  guint n_technologies;
  int existing;

  if (self->syncing || self->meeting == NULL)
    return;

  n_technologies = sw_dataset_get_n_technologies (self->dataset);
  if (item == 0)
    existing = SW_EXISTING_NOT_STATED;
  else if (item <= n_technologies)
    existing = (int) item - 1;
  else
    existing = SW_EXISTING_NONE;
  sw_meeting_set_existing (self->meeting, existing);
}

static GStrv
skill_levels (void)
{
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();

  g_strv_builder_add (levels, _("Not stated"));
  /* Translators: skill levels in the situation section, from 0 to 10 */
  g_strv_builder_add (levels, _("0 — not at all"));
  for (guint level = 1; level < 10; level++)
    {
      g_autofree char *text = g_strdup_printf ("%u", level);

      g_strv_builder_add (levels, text);
    }
  g_strv_builder_add (levels, _("10 — expert"));

  return g_strv_builder_end (levels);
}

/* The row labels its choice for screen readers (the row's title is the
 * choice's LABELLED_BY): a label of its own would be read twice. */
static GtkWidget *
add_row (SwSituationPanel   *self,
         const char         *title,
         const char         *subtitle,
         const char * const *choices)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choice = sw_choice_button_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choice);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), choice);
  /* One Tab stop a question, its choice: the row itself takes no focus. */
  gtk_widget_set_focusable (row, FALSE);
  /* The row's own title and subtitle labels wrap too. */
  sw_wrap_floor_within (row);
  gtk_list_box_append (self->list, row);
  g_ptr_array_add (self->rows, row);

  return choice;
}

static void
build_rows (SwSituationPanel *self)
{
  guint n_technologies = sw_dataset_get_n_technologies (self->dataset);
  gboolean asks_skills = sw_dataset_find_answer (self->dataset, SW_ANSWER_SKILLS) >= 0;
  gboolean asks_existing = sw_dataset_find_answer (self->dataset, SW_ANSWER_EXISTING) >= 0;

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->skill_choices, 0);
  self->existing_choice = NULL;

  for (guint t = 0; t < n_technologies && asks_skills; t++)
    {
      const char *name = sw_dataset_get_technology (self->dataset, t)->name;
      g_autofree char *title = NULL;
      g_auto(GStrv) levels = skill_levels ();
      GtkWidget *choice;

      /* Translators: a question in the team's situation, "How well does the team know Python?" */
      title = g_strdup_printf (_("How well does the team know %s?"), name);
      choice = add_row (self, title, _("From 0, not at all, to 10, expert"),
                        (const char * const *) levels);
      g_signal_connect (choice, "notify::selected", G_CALLBACK (skill_selected), self);
      g_ptr_array_add (self->skill_choices, choice);
    }

  if (asks_existing)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) existing = NULL;
      GtkWidget *choice;

      g_strv_builder_add (builder, _("Not stated"));
      for (guint t = 0; t < n_technologies; t++)
        g_strv_builder_add (builder, sw_dataset_get_technology (self->dataset, t)->name);
      g_strv_builder_add (builder, _("None of these, or another"));
      existing = g_strv_builder_end (builder);
      choice = add_row (self, _("What do the existing systems run on?"),
                        _("The systems this project must work with"), (const char * const *) existing);
      g_signal_connect (choice, "notify::selected", G_CALLBACK (existing_selected), self);
      self->existing_choice = SW_CHOICE_BUTTON (choice);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), asks_skills || asks_existing);
}

void
sw_situation_panel_set_meeting (SwSituationPanel *self,
                                 SwMeeting       *meeting)
{
  g_return_if_fail (SW_IS_SITUATION_PANEL (self));
  g_return_if_fail (SW_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  g_clear_signal_handler (&self->changed_handler, self->meeting);
  g_set_object (&self->meeting, meeting);
  if (g_set_object (&self->dataset, sw_meeting_get_dataset (meeting)))
    build_rows (self);
  self->changed_handler = g_signal_connect_swapped (meeting, "changed",
                                                    G_CALLBACK (sync_from_meeting), self);
  sync_from_meeting (self);
}

SwChoiceButton *
sw_situation_panel_get_skill_choice (SwSituationPanel *self,
                                     guint             technology)
{
  g_return_val_if_fail (SW_IS_SITUATION_PANEL (self), NULL);
  g_return_val_if_fail (technology < self->skill_choices->len, NULL);

  return g_ptr_array_index (self->skill_choices, technology);
}

SwChoiceButton *
sw_situation_panel_get_existing_choice (SwSituationPanel *self)
{
  g_return_val_if_fail (SW_IS_SITUATION_PANEL (self), NULL);

  return self->existing_choice;
}

static void
sw_situation_panel_dispose (GObject *object)
{
  SwSituationPanel *self = SW_SITUATION_PANEL (object);

  g_clear_signal_handler (&self->changed_handler, self->meeting);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_SITUATION_PANEL);
  g_clear_object (&self->meeting);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (sw_situation_panel_parent_class)->dispose (object);
}

static void
sw_situation_panel_finalize (GObject *object)
{
  SwSituationPanel *self = SW_SITUATION_PANEL (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->skill_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_situation_panel_parent_class)->finalize (object);
}

static void
sw_situation_panel_class_init (SwSituationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_situation_panel_dispose;
  object_class->finalize = sw_situation_panel_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stackwise/Stackwise/sw-situation-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SwSituationPanel, list);
}

/* Shift+Tab from a question's choice goes to the question before's choice
 * (GTK 4.8's list rows would keep the focus, for want of taking it
 * themselves); from the first, out of the list, as Tab leaves it forwards. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SwSituationPanel      *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *row;
  guint i;

  if (keyval != GDK_KEY_ISO_Left_Tab && !(keyval == GDK_KEY_Tab && (state & GDK_SHIFT_MASK) != 0))
    return FALSE;
  if (focus == NULL || (row = gtk_widget_get_ancestor (focus, ADW_TYPE_ACTION_ROW)) == NULL ||
      !g_ptr_array_find (self->rows, row, &i))
    return FALSE;

  if (i > 0)
    return gtk_widget_grab_focus (adw_action_row_get_activatable_widget (g_ptr_array_index (self->rows, i - 1)));

  gtk_widget_set_focusable (row, TRUE);
  gtk_widget_grab_focus (row);
  gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (row)), GTK_DIR_TAB_BACKWARD);
  gtk_widget_set_focusable (row, FALSE);
  return TRUE;
}

static void
sw_situation_panel_init (SwSituationPanel *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  sw_wrap_floor_within (GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), keys);

  self->rows = g_ptr_array_new ();
  self->skill_choices = g_ptr_array_new ();
}
