/* sw-decision-form.c — one priority slider per criterion, presets, reset, undo and redo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-criterion-row.h"
#include "sw-decision-form.h"
#include "sw-situation-panel.h"
#include "sw-team-panel.h"
#include "sw-weight.h"
#include "sw-wrap.h"

/* The rows the first frame builds, measures and draws at once; the rest wait
 * until it is painted unless they would be in view (see defer_rows). */
#define ROWS_BEFORE_FIRST_FRAME 2

struct _SwDecisionForm
{
  AdwBin        parent_instance;

  SwMeeting   *meeting;
  SwDataset    *dataset;
  gulong        changed_handler;
  gulong        preset_handler;
  gulong        participants_handler;
  /* One per criterion, in dataset order: its row (NULL while it waits for
   * the first frame) and the group's list it goes in. */
  GPtrArray    *rows;           /* SwCriterionRow or NULL */
  GPtrArray    *row_lists;      /* GtkListBox */
  SwVerdict    *verdict;        /* the last one shown, for rows made later */
  gboolean      dragging;       /* a pointer holds a slider: one undo step */
  gboolean      presets_stale;  /* the preset list is built when first shown */
  /* The preset chooser, made when it first opens (NULL until then). */
  GtkPopover   *preset_popover;
  GtkWidget    *preset_list;
  GPtrArray    *deferred;       /* GtkWidget: groups hidden until the first frame */
  gboolean      rows_wait;      /* some rows are not made before the first frame */
  GdkFrameClock *deferred_clock;
  gulong        deferred_layout_handler;
  gulong        deferred_paint_handler;

  /* Template widgets */
  SwTeamPanel  *team_panel;
  SwSituationPanel *situation_panel;
  GtkWidget    *criteria_box;
  GtkWidget    *preset_button;
  GtkLabel     *preset_title;
  GtkLabel     *preset_reason;
  GtkWidget    *toolbar;
  GtkWidget    *preset_info;
  GtkLabel     *sealed_label;
  /* The template's root, the bin's child (not bound: AdwBin unparents it). */
  GtkWidget    *scroller;
};

G_DEFINE_FINAL_TYPE (SwDecisionForm, sw_decision_form, ADW_TYPE_BIN)

GtkWidget *
sw_decision_form_new (void)
{
  return g_object_new (SW_TYPE_DECISION_FORM, NULL);
}

static SwCriterionRow *made_row (SwDecisionForm *self, guint criterion);

GtkRange *
sw_decision_form_get_scale (SwDecisionForm *self,
                            guint           criterion)
{
  g_return_val_if_fail (SW_IS_DECISION_FORM (self), NULL);
  g_return_val_if_fail (self->rows != NULL && criterion < self->rows->len, NULL);

  return sw_criterion_row_get_scale (made_row (self, criterion));
}

SwTippingMark *
sw_decision_form_get_tipping_mark (SwDecisionForm *self,
                                   guint           criterion)
{
  g_return_val_if_fail (SW_IS_DECISION_FORM (self), NULL);
  g_return_val_if_fail (self->rows != NULL && criterion < self->rows->len, NULL);

  return sw_criterion_row_get_tipping_mark (made_row (self, criterion));
}

static void
end_drag (SwDecisionForm *self)
{
  if (!self->dragging)
    return;

  self->dragging = FALSE;
  if (self->meeting != NULL)
    sw_meeting_end_change (self->meeting);
}

/* A row → the decision. */

static void
row_weight_changed (SwCriterionRow *row,
                    double          weight,
                    SwDecisionForm *self)
{
  guint criterion;

  if (self->meeting != NULL && g_ptr_array_find (self->rows, row, &criterion))
    sw_meeting_set_weight (self->meeting, criterion, weight);
}

/* A press on a slider opens a gesture in the decision and the release closes
 * it, so that a whole drag is one undo step. */
static void
row_drag_begin (SwDecisionForm *self)
{
  if (!self->dragging && self->meeting != NULL)
    {
      self->dragging = TRUE;
      sw_meeting_begin_change (self->meeting);
    }
}

/* The decision → the rows. */

/* The nearest tipping point for @criterion within the slider's reach, or none. */
static void
show_tipping_point (SwDecisionForm *self,
                    SwCriterionRow *row,
                    guint           criterion)
{
  guint n_points = sw_verdict_get_n_tipping_points (self->verdict);

  /* Smallest change first: the first point for a criterion is the nearest. */
  for (guint p = 0; p < n_points; p++)
    {
      const SwTippingPoint *point = sw_verdict_get_tipping_point (self->verdict, p);

      /* Beyond the slider's end there is no place for a mark. */
      if (point->criterion == criterion && point->at <= SW_WEIGHT_MAX)
        {
          sw_criterion_row_set_tipping_point (row, point->at,
                                              sw_dataset_get_technology (self->dataset, point->new_leader)->name,
                                              point->direction == SW_TIPPING_RAISE);
          return;
        }
    }

  sw_criterion_row_set_tipping_point (row, NAN, NULL, FALSE);
}

static void
sync_from_meeting (SwDecisionForm *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      SwCriterionRow *row = g_ptr_array_index (self->rows, i);

      if (row != NULL)
        sw_criterion_row_set_weight (row, sw_meeting_get_weight (self->meeting, i));
    }
}

static void
update_preset_info (SwDecisionForm *self)
{
  const char *id = sw_meeting_get_preset_id (self->meeting);
  int index = id != NULL ? sw_dataset_find_preset (self->dataset, id) : -1;

  if (index >= 0)
    {
      const SwPreset *preset = sw_dataset_get_preset (self->dataset, index);
      /* Translators: "Preset: Validate ideas quickly (Startups)" */
      g_autofree char *title = g_strdup_printf (_("Preset: %s (%s)"), preset->name, preset->audience);

      gtk_label_set_text (self->preset_title, title);
      gtk_label_set_text (self->preset_reason, preset->reason);
    }
  else if (sw_meeting_get_n_participants (self->meeting) > 0)
    {
      guint active = sw_meeting_get_active_participant (self->meeting);
      /* Translators: above the sliders when a participant sets their weights, "Ana’s priorities" */
      g_autofree char *title = g_strdup_printf (_("%s’s priorities"),
                                                sw_meeting_get_participant_name (self->meeting, active));

      gtk_label_set_text (self->preset_title, title);
      gtk_label_set_text (self->preset_reason,
                          _("How much does each one matter to them? 0: not at all, 10: most of all."));
    }
  else
    {
      gtk_label_set_text (self->preset_title, _("Your team’s priorities"));
      gtk_label_set_text (self->preset_reason,
                          _("How much does each one matter? 0: not at all, 10: most of all."));
    }
}

static void
meeting_changed (SwDecisionForm *self)
{
  sync_from_meeting (self);
}

static void build_preset_list (SwDecisionForm *self);

static void
preset_popover_show (SwDecisionForm *self)
{
  if (self->presets_stale && self->dataset != NULL)
    build_preset_list (self);
}

static void
preset_clicked (SwDecisionForm *self)
{
  gtk_popover_popdown (self->preset_popover);
}

/* The chooser's popover and its scrolled list (a scrolled window and its
 * two scrollbars are some 1.5 M instructions), made when it first opens
 * rather than before the first frame; its buttons when it shows. */
static void
ensure_preset_popover (GtkMenuButton *button,
                       gpointer       data)
{
  SwDecisionForm *self = data;
  GtkWidget *scroller;

  if (self->preset_popover != NULL)
    return;

  self->preset_list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_start (self->preset_list, 6);
  gtk_widget_set_margin_end (self->preset_list, 6);
  gtk_widget_set_margin_top (self->preset_list, 6);
  gtk_widget_set_margin_bottom (self->preset_list, 6);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 640);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->preset_list);

  self->preset_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->preset_popover), "preset-popover");
  gtk_popover_set_child (self->preset_popover, scroller);
  g_signal_connect_swapped (self->preset_popover, "show", G_CALLBACK (preset_popover_show), self);
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->preset_popover));
}

GtkPopover *
sw_decision_form_get_preset_popover (SwDecisionForm *self)
{
  g_return_val_if_fail (SW_IS_DECISION_FORM (self), NULL);

  return self->preset_popover;
}

GtkWidget *
sw_decision_form_get_preset_list (SwDecisionForm *self)
{
  g_return_val_if_fail (SW_IS_DECISION_FORM (self), NULL);

  return self->preset_list;
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  sw_wrap_floor_label (GTK_LABEL (label));
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* The presets grouped by audience, in the order the dataset first names each. */
static void
build_preset_list (SwDecisionForm *self)
{
  g_autoptr(GPtrArray) audiences = g_ptr_array_new ();
  GtkWidget *child;
  guint n = sw_dataset_get_n_presets (self->dataset);

  self->presets_stale = FALSE;
  while ((child = gtk_widget_get_first_child (self->preset_list)) != NULL)
    gtk_box_remove (GTK_BOX (self->preset_list), child);

  for (guint i = 0; i < n; i++)
    {
      const char *audience = sw_dataset_get_preset (self->dataset, i)->audience;

      if (!g_ptr_array_find_with_equal_func (audiences, audience, g_str_equal, NULL))
        g_ptr_array_add (audiences, (gpointer) audience);
    }

  for (guint a = 0; a < audiences->len; a++)
    {
      GtkWidget *heading = new_label (g_ptr_array_index (audiences, a), "heading");

      gtk_widget_set_margin_start (heading, 12);
      gtk_widget_set_margin_top (heading, a == 0 ? 6 : 12);
      gtk_widget_set_margin_bottom (heading, 2);
      gtk_box_append (GTK_BOX (self->preset_list), heading);

      for (guint i = 0; i < n; i++)
        {
          const SwPreset *preset = sw_dataset_get_preset (self->dataset, i);
          GtkWidget *button;
          GtkWidget *box;
          GtkWidget *reason;

          if (g_strcmp0 (preset->audience, g_ptr_array_index (audiences, a)) != 0)
            continue;

          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          gtk_box_append (GTK_BOX (box), new_label (preset->name, "preset-name"));
          reason = new_label (preset->reason, "dim-label");
          gtk_label_set_max_width_chars (GTK_LABEL (reason), 48);
          gtk_label_set_width_chars (GTK_LABEL (reason), 36);
          gtk_box_append (GTK_BOX (box), reason);

          button = gtk_button_new ();
          gtk_button_set_child (GTK_BUTTON (button), box);
          gtk_widget_add_css_class (button, "flat");
          gtk_widget_add_css_class (button, "preset-row");
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.apply-preset");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", preset->id);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, preset->name,
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, preset->reason,
                                          -1);
          g_signal_connect_swapped (button, "clicked", G_CALLBACK (preset_clicked), self);
          gtk_box_append (GTK_BOX (self->preset_list), button);
        }
    }
}

/* A criterion's row, made, its weight and tipping point shown, and listened to. */
static SwCriterionRow *
make_row (SwDecisionForm *self,
          guint           criterion)
{
  const SwCriterion *info = sw_dataset_get_criterion (self->dataset, criterion);
  SwCriterionRow *row = SW_CRITERION_ROW (sw_criterion_row_new (info->name, info->help));

  self->rows->pdata[criterion] = row;
  if (self->meeting != NULL)
    sw_criterion_row_set_weight (row, sw_meeting_get_weight (self->meeting, criterion));
  if (self->verdict != NULL)
    show_tipping_point (self, row, criterion);
  g_signal_connect (row, "weight-changed", G_CALLBACK (row_weight_changed), self);
  g_signal_connect_swapped (row, "drag-begin", G_CALLBACK (row_drag_begin), self);
  g_signal_connect_swapped (row, "drag-end", G_CALLBACK (end_drag), self);
  gtk_list_box_append (g_ptr_array_index (self->row_lists, criterion), GTK_WIDGET (row));

  return row;
}

/* Below the fold.
 *
 * Each row costs some 10 M instructions to make, style, measure (its wrapped
 * name and help line) and draw, and at the window's usual size only the
 * first one or two are in view when it opens. So the first build makes only
 * those, leaves the groups further down hidden, and makes the other rows
 * once the first frame is painted, before anyone can scroll. If the first
 * rows end inside the view (a tall window), the rest are made during the
 * first frame's layout, which GTK then repeats before painting: the first
 * frame is always complete. */

static void
defer_widget (SwDecisionForm *self,
              GtkWidget      *widget)
{
  if (self->deferred == NULL)
    self->deferred = g_ptr_array_new ();
  gtk_widget_set_visible (widget, FALSE);
  g_ptr_array_add (self->deferred, widget);
}

static const char *
group_of (SwDecisionForm *self,
          guint           criterion)
{
  const char *group = sw_dataset_get_criterion (self->dataset, criterion)->group;

  return group != NULL ? group : "";
}

/* A group of criteria at the end of the form: its heading (when it has a
 * name) and its list, which the rows of every criterion of the group go in. */
static void
add_group (SwDecisionForm *self,
           const char     *group,
           gboolean        hide)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  if (group[0] != '\0')
    {
      GtkWidget *heading = new_label (group, "criteria-group");

      gtk_widget_set_margin_top (heading, gtk_widget_get_first_child (self->criteria_box) == NULL ? 6 : 14);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, group,
                                      -1);
      gtk_box_append (GTK_BOX (self->criteria_box), heading);
      if (hide)
        defer_widget (self, heading);
    }

  gtk_box_append (GTK_BOX (self->criteria_box), list);
  if (hide)
    defer_widget (self, list);

  for (guint i = 0; i < self->row_lists->len; i++)
    if (g_str_equal (group_of (self, i), group))
      self->row_lists->pdata[i] = list;
}

/* Every row not made yet, and the groups further down, which wait with
 * them; while the first frame is to come, hidden until it is painted.
 * Groups come in the order the dataset first names them, so making the
 * rows in dataset order adds them in their order. */
static void
make_waiting_rows (SwDecisionForm *self)
{
  gboolean hide = self->deferred_clock != NULL || !gtk_widget_get_mapped (GTK_WIDGET (self));

  self->rows_wait = FALSE;
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    if (g_ptr_array_index (self->rows, i) == NULL)
      {
        SwCriterionRow *row;

        if (g_ptr_array_index (self->row_lists, i) == NULL)
          add_group (self, group_of (self, i), hide);
        row = make_row (self, i);
        if (hide)
          defer_widget (self, GTK_WIDGET (row));
      }
}

/* A row, made now if it waited. */
static SwCriterionRow *
made_row (SwDecisionForm *self,
          guint           criterion)
{
  if (g_ptr_array_index (self->rows, criterion) == NULL)
    make_waiting_rows (self);

  return g_ptr_array_index (self->rows, criterion);
}

static void
stop_waiting (SwDecisionForm *self)
{
  if (self->deferred_clock != NULL)
    {
      g_clear_signal_handler (&self->deferred_layout_handler, self->deferred_clock);
      g_clear_signal_handler (&self->deferred_paint_handler, self->deferred_clock);
      g_clear_object (&self->deferred_clock);
    }
}

static void
reveal_rows (SwDecisionForm *self)
{
  stop_waiting (self);
  if (self->rows_wait)
    make_waiting_rows (self);
  if (self->deferred == NULL)
    return;

  for (guint i = 0; i < self->deferred->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->deferred, i), TRUE);
  g_clear_pointer (&self->deferred, g_ptr_array_unref);
}

/* Connected after GTK's own layout handler: the first rows have their place. */
static void
deferred_layout (GdkFrameClock  *clock,
                 SwDecisionForm *self)
{
  GtkWidget *last = gtk_widget_get_last_child (self->criteria_box);
  graphene_rect_t bounds;

  /* The last visible group's bottom, in the scroller's coordinates. */
  while (last != NULL && !gtk_widget_get_visible (last))
    last = gtk_widget_get_prev_sibling (last);
  if (last == NULL || !gtk_widget_compute_bounds (last, self->scroller, &bounds))
    return;
  if (bounds.origin.y + bounds.size.height < gtk_widget_get_height (self->scroller))
    reveal_rows (self);
}

static void
deferred_after_paint (GdkFrameClock  *clock,
                      SwDecisionForm *self)
{
  reveal_rows (self);
}

static void
sw_decision_form_realize (GtkWidget *widget)
{
  SwDecisionForm *self = SW_DECISION_FORM (widget);

  GTK_WIDGET_CLASS (sw_decision_form_parent_class)->realize (widget);
  if ((self->deferred == NULL && !self->rows_wait) || self->deferred_clock != NULL)
    return;

  /* The window's frame clock, whose layout handler GTK connected first. */
  self->deferred_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->deferred_layout_handler = g_signal_connect (self->deferred_clock, "layout",
                                                    G_CALLBACK (deferred_layout), self);
  self->deferred_paint_handler = g_signal_connect (self->deferred_clock, "after-paint",
                                                   G_CALLBACK (deferred_after_paint), self);
}

/* Realized again (in another window), it waits for that window's first frame. */
static void
sw_decision_form_unrealize (GtkWidget *widget)
{
  stop_waiting (SW_DECISION_FORM (widget));
  GTK_WIDGET_CLASS (sw_decision_form_parent_class)->unrealize (widget);
}

static void
defer_rows (SwDecisionForm *self)
{
  if ((self->deferred != NULL || self->rows_wait) && gtk_widget_get_realized (GTK_WIDGET (self)))
    sw_decision_form_realize (GTK_WIDGET (self));
}

/* Criteria under their groups' headings, groups in the order the dataset
 * first names them, criteria in dataset order within each. */
static void
build_rows (SwDecisionForm *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  guint n = sw_dataset_get_n_criteria (self->dataset);
  GtkWidget *child;
  /* Only before the window's first frame: later, every row shows at once. */
  gboolean defer = !gtk_widget_get_mapped (GTK_WIDGET (self));
  guint shown = 0;

  stop_waiting (self);
  g_clear_pointer (&self->deferred, g_ptr_array_unref);
  self->rows_wait = FALSE;
  /* A verdict of the last dataset has nothing to mark on these rows. */
  g_clear_pointer (&self->verdict, sw_verdict_unref);

  while ((child = gtk_widget_get_first_child (self->criteria_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->criteria_box), child);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_lists, g_ptr_array_unref);
  self->rows = g_ptr_array_new ();
  g_ptr_array_set_size (self->rows, n);
  self->row_lists = g_ptr_array_new ();
  g_ptr_array_set_size (self->row_lists, n);

  for (guint i = 0; i < n; i++)
    if (!g_ptr_array_find_with_equal_func (groups, group_of (self, i), g_str_equal, NULL))
      g_ptr_array_add (groups, (gpointer) group_of (self, i));

  /* A whole group below the fold waits, heading and all; so do the rows
   * after the first few in a group that does not. */
  for (guint g = 0; g < groups->len; g++)
    {
      const char *group = g_ptr_array_index (groups, g);

      if (!defer || shown < ROWS_BEFORE_FIRST_FRAME)
        add_group (self, group, FALSE);

      for (guint i = 0; i < n; i++)
        {
          if (!g_str_equal (group_of (self, i), group))
            continue;

          if (defer && shown >= ROWS_BEFORE_FIRST_FRAME)
            self->rows_wait = TRUE;
          else
            make_row (self, i);
          shown++;
        }
    }

  if (defer)
    defer_rows (self);
}

void
sw_decision_form_set_meeting (SwDecisionForm *self,
                               SwMeeting     *meeting)
{
  SwDataset *dataset;

  g_return_if_fail (SW_IS_DECISION_FORM (self));
  g_return_if_fail (SW_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  end_drag (self);
  g_clear_signal_handler (&self->changed_handler, self->meeting);
  g_clear_signal_handler (&self->preset_handler, self->meeting);
  g_clear_signal_handler (&self->participants_handler, self->meeting);
  g_set_object (&self->meeting, meeting);
  sw_team_panel_set_meeting (self->team_panel, meeting);
  sw_situation_panel_set_meeting (self->situation_panel, meeting);

  dataset = sw_meeting_get_dataset (meeting);
  if (g_set_object (&self->dataset, dataset))
    {
      build_rows (self);
      /* Some fifty widgets nobody sees before the popover opens. */
      self->presets_stale = TRUE;
      if (self->preset_popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->preset_popover)))
        build_preset_list (self);
    }

  self->changed_handler = g_signal_connect_swapped (meeting, "changed",
                                                    G_CALLBACK (meeting_changed), self);
  self->preset_handler = g_signal_connect_swapped (meeting, "notify::preset-id",
                                                   G_CALLBACK (update_preset_info), self);
  self->participants_handler = g_signal_connect_swapped (meeting, "participants-changed",
                                                         G_CALLBACK (update_preset_info), self);
  sync_from_meeting (self);
  update_preset_info (self);
}

void
sw_decision_form_set_verdict (SwDecisionForm *self,
                              SwVerdict      *verdict)
{
  g_return_if_fail (SW_IS_DECISION_FORM (self));
  g_return_if_fail (verdict != NULL);

  if (self->rows == NULL || sw_dataset_get_base (sw_verdict_get_dataset (verdict)) != self->dataset)
    return;

  sw_verdict_ref (verdict);
  g_clear_pointer (&self->verdict, sw_verdict_unref);
  self->verdict = verdict;

  for (guint i = 0; i < self->rows->len; i++)
    {
      SwCriterionRow *row = g_ptr_array_index (self->rows, i);

      if (row != NULL)
        show_tipping_point (self, row, i);
    }
}

void
sw_decision_form_set_sealed (SwDecisionForm *self,
                             const char     *message)
{
  g_return_if_fail (SW_IS_DECISION_FORM (self));

  gtk_label_set_text (self->sealed_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sealed_label), message != NULL);
  gtk_widget_set_visible (self->toolbar, message == NULL);
  gtk_widget_set_visible (self->preset_info, message == NULL);
  gtk_widget_set_visible (self->criteria_box, message == NULL);
}

gboolean
sw_decision_form_get_sealed (SwDecisionForm *self)
{
  g_return_val_if_fail (SW_IS_DECISION_FORM (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->sealed_label));
}

static void
sw_decision_form_dispose (GObject *object)
{
  SwDecisionForm *self = SW_DECISION_FORM (object);

  end_drag (self);
  if (self->meeting != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->meeting);
      g_clear_signal_handler (&self->preset_handler, self->meeting);
      g_clear_signal_handler (&self->participants_handler, self->meeting);
    }

  stop_waiting (self);
  self->rows_wait = FALSE;
  g_clear_pointer (&self->deferred, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_DECISION_FORM);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_lists, g_ptr_array_unref);
  g_clear_pointer (&self->verdict, sw_verdict_unref);
  g_clear_object (&self->meeting);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (sw_decision_form_parent_class)->dispose (object);
}

static void
sw_decision_form_class_init (SwDecisionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_decision_form_dispose;
  widget_class->realize = sw_decision_form_realize;
  widget_class->unrealize = sw_decision_form_unrealize;

  g_type_ensure (SW_TYPE_SITUATION_PANEL);
  g_type_ensure (SW_TYPE_TEAM_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-decision-form.ui");
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, team_panel);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, situation_panel);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, criteria_box);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, preset_button);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, preset_title);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, preset_reason);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, toolbar);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, preset_info);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, sealed_label);

  gtk_widget_class_set_css_name (widget_class, "decisionform");
}

static void
sw_decision_form_init (SwDecisionForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sw_wrap_floor_within (GTK_WIDGET (self));
  self->scroller = adw_bin_get_child (ADW_BIN (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->preset_button), ensure_preset_popover, self, NULL);
}
