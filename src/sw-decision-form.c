/* sw-decision-form.c — one priority slider per criterion, presets, reset, undo and redo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-decision-form.h"
#include "sw-situation-panel.h"
#include "sw-team-panel.h"
#include "sw-tipping-mark.h"
#include "sw-weight.h"

/* A row side by side: the column of criterion names and help lines (about
 * 300 pixels at the desktop's text size, wider with zoom and present mode),
 * the slider, the value. Narrower than that with a slider of at least
 * WIDE_MIN_SLIDER, the name and help go above a full-width slider. */
#define NAMES_WIDTH_CHARS 41
#define ROW_SPACING 18
#define STACKED_SPACING 2
#define WIDE_MIN_SLIDER 300

/* The rows the first frame builds, measures and draws at once; the rest wait
 * until it is painted unless they would be in view (see defer_rows). */
#define ROWS_BEFORE_FIRST_FRAME 2

typedef struct
{
  SwDecisionForm *form;
  guint           criterion;
  GtkWidget      *scale;
  GtkWidget      *value_label;
  GtkWidget      *tipping_mark;
  /* The tipping point marked on the slider: NAN when there is none. */
  double          tipping_at;
  int             tipping_leader;
  int             tipping_direction;
  /* Below the fold before the first frame: its marks (four widgets, some
   * 0.8 M instructions) are added when it is shown. */
  gboolean        marks_wait;
} CriterionRow;

struct _SwDecisionForm
{
  AdwBin        parent_instance;

  SwMeeting   *meeting;
  SwDataset    *dataset;
  gulong        changed_handler;
  gulong        preset_handler;
  gulong        participants_handler;
  GPtrArray    *rows;           /* CriterionRow, one per criterion */
  gboolean      syncing;        /* setting sliders from the decision */
  gboolean      dragging;       /* a pointer holds a slider: one undo step */
  gboolean      presets_stale;  /* the preset list is built when first shown */
  GPtrArray    *deferred;       /* GtkWidget: rows and groups hidden until the first frame */
  GdkFrameClock *deferred_clock;
  gulong        deferred_layout_handler;
  gulong        deferred_paint_handler;

  /* Template widgets */
  SwTeamPanel  *team_panel;
  SwSituationPanel *situation_panel;
  GtkWidget    *criteria_box;
  GtkWidget    *preset_button;
  GtkPopover   *preset_popover;
  GtkWidget    *preset_list;
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

GtkRange *
sw_decision_form_get_scale (SwDecisionForm *self,
                            guint           criterion)
{
  g_return_val_if_fail (SW_IS_DECISION_FORM (self), NULL);
  g_return_val_if_fail (self->rows != NULL && criterion < self->rows->len, NULL);

  return GTK_RANGE (((CriterionRow *) g_ptr_array_index (self->rows, criterion))->scale);
}

SwTippingMark *
sw_decision_form_get_tipping_mark (SwDecisionForm *self,
                                   guint           criterion)
{
  g_return_val_if_fail (SW_IS_DECISION_FORM (self), NULL);
  g_return_val_if_fail (self->rows != NULL && criterion < self->rows->len, NULL);

  return SW_TIPPING_MARK (((CriterionRow *) g_ptr_array_index (self->rows, criterion))->tipping_mark);
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

static void
update_value_label (CriterionRow *row,
                    double        weight)
{
  g_autofree char *text = sw_format_number (weight);

  gtk_inscription_set_text (GTK_INSCRIPTION (row->value_label), text);
}

static void
scale_value_changed (GtkRange     *range,
                     CriterionRow *row)
{
  SwDecisionForm *self = row->form;
  double value = gtk_range_get_value (range);

  update_value_label (row, value);

  if (self->syncing || self->meeting == NULL)
    return;

  sw_meeting_set_weight (self->meeting, row->criterion, value);
}

/* A press on a slider opens a gesture in the decision and the release closes
 * it, so that a whole drag is one undo step. Seen in the capture phase, so
 * the range's own gestures still get every event. */
static gboolean
scale_event (GtkEventControllerLegacy *controller,
             GdkEvent                 *event,
             CriterionRow             *row)
{
  SwDecisionForm *self = row->form;

  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      if (!self->dragging && self->meeting != NULL)
        {
          self->dragging = TRUE;
          sw_meeting_begin_change (self->meeting);
        }
      break;

    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
      end_drag (self);
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

/* The wheel and the touchpad scroll the form: a slider that passes under the
 * pointer while the page scrolls must not take the scroll for a change of
 * someone's weight. GtkRange listens to scrolling through a scroll controller
 * of its own; without it the event bubbles up to the scrolled window. A drag,
 * a click and the keys still move the slider. */
static void
let_scroll_pass (GtkWidget *scale)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (scale);

  for (guint i = g_list_model_get_n_items (controllers); i > 0; i--)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i - 1);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_widget_remove_controller (scale, controller);
    }
}

/* The 0/5/10 marks below the slider, and above it an empty mark that keeps
 * the room of the tipping mark (drawn over it by SwTippingMark): the row
 * keeps its height when a tipping point appears in the middle of a drag.
 * Made once: changing a scale's marks rebuilds their widgets. */
static void
add_marks (GtkScale *scale)
{
  gtk_scale_add_mark (scale, SW_WEIGHT_MIN, GTK_POS_BOTTOM, "0");
  gtk_scale_add_mark (scale, 5.0, GTK_POS_BOTTOM, "5");
  gtk_scale_add_mark (scale, SW_WEIGHT_MAX, GTK_POS_BOTTOM, "10");
  gtk_scale_add_mark (scale, 5.0, GTK_POS_TOP, " ");
}

/* The tipping mark sits above the slider, the 0/5/10 marks below, so that
 * they never overlap. Moving it only redraws it. */
static void
set_tipping_mark (CriterionRow *row,
                  double        at,
                  int           leader,
                  int           direction)
{
  SwDataset *dataset = row->form->dataset;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if ((isnan (at) && isnan (row->tipping_at)) ||
      (at == row->tipping_at && leader == row->tipping_leader && direction == row->tipping_direction))
    return;

  row->tipping_at = at;
  row->tipping_leader = leader;
  row->tipping_direction = direction;

  if (isnan (at))
    {
      gtk_widget_add_css_class (row->scale, "no-tipping");
      sw_tipping_mark_set (SW_TIPPING_MARK (row->tipping_mark), 0.0, NULL);
      return;
    }

  /* The mark is markup: a technology's name is text. */
  name = g_markup_escape_text (sw_dataset_get_technology (dataset, leader)->name, -1);

  /* The arrow points the way to move the slider, which a right-to-left
   * window mirrors: there, raising it moves leftwards. */
  if ((direction == SW_TIPPING_RAISE) != (gtk_widget_get_direction (row->scale) == GTK_TEXT_DIR_RTL))
    /* Translators: marked on a slider where moving it rightwards makes this technology lead, "Python ▸" */
    text = g_strdup_printf (_("%s ▸"), name);
  else
    /* Translators: marked on a slider where moving it leftwards makes this technology lead, "◂ Python" */
    text = g_strdup_printf (_("◂ %s"), name);

  gtk_widget_remove_css_class (row->scale, "no-tipping");
  sw_tipping_mark_set (SW_TIPPING_MARK (row->tipping_mark), at, text);
}

static void
sync_from_meeting (SwDecisionForm *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      CriterionRow *row = g_ptr_array_index (self->rows, i);
      double weight = sw_meeting_get_weight (self->meeting, row->criterion);

      gtk_range_set_value (GTK_RANGE (row->scale), weight);
      update_value_label (row, weight);
    }
  self->syncing = FALSE;
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

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
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

/* A criterion's row: its name and help, slider and value, side by side when
 * the row is wide enough, else the name and help (and the value) above a
 * full-width slider. Decided by the width each measure and allocation is
 * given, so that nothing changes state during a size allocation. */

typedef struct
{
  GtkWidget *text;
  GtkWidget *scale;
  GtkWidget *value;
  GtkWidget *tipping;
  int        names_width;
  int        value_width;
  int        text_min_width;
} RowParts;

static void
row_parts (GtkWidget *widget,
           RowParts  *parts)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (widget), NULL, NULL);

  parts->names_width = NAMES_WIDTH_CHARS * pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  parts->text = gtk_widget_get_first_child (widget);
  parts->scale = gtk_widget_get_next_sibling (parts->text);
  parts->value = gtk_widget_get_next_sibling (parts->scale);
  parts->tipping = gtk_widget_get_next_sibling (parts->value);
  gtk_widget_measure (parts->value, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &parts->value_width, NULL, NULL);
  gtk_widget_measure (parts->text, GTK_ORIENTATION_HORIZONTAL, -1, &parts->text_min_width, NULL, NULL, NULL);
  parts->names_width = MAX (parts->names_width, parts->text_min_width);
}

static int
row_slider_width (const RowParts *parts,
                  int             width)
{
  return width - parts->names_width - 2 * ROW_SPACING - parts->value_width;
}

static gboolean
row_is_wide (const RowParts *parts,
             int             width)
{
  return row_slider_width (parts, width) >= WIDE_MIN_SLIDER;
}

static int
row_stacked_text_width (const RowParts *parts,
                        int             width)
{
  return MAX (width - ROW_SPACING - parts->value_width, parts->text_min_width);
}

static GtkSizeRequestMode
row_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static int
natural_height (GtkWidget *widget,
                int        width,
                int       *minimum)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, minimum, &natural, NULL, NULL);
  return natural;
}

static void
row_measure (GtkWidget      *widget,
             GtkOrientation  orientation,
             int             for_size,
             int            *minimum,
             int            *natural,
             int            *minimum_baseline,
             int            *natural_baseline)
{
  RowParts parts;
  int scale_min, scale_nat;

  row_parts (widget, &parts);
  gtk_widget_measure (parts.scale, GTK_ORIENTATION_HORIZONTAL, -1, &scale_min, &scale_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int stacked = MAX (parts.text_min_width + ROW_SPACING + parts.value_width, scale_min);
      int wide = parts.names_width + 2 * ROW_SPACING + MAX (scale_nat, WIDE_MIN_SLIDER) + parts.value_width;

      *minimum = stacked;
      *natural = MAX (wide, stacked);
    }
  else
    {
      int width = for_size >= 0 ? for_size : parts.names_width + 2 * ROW_SPACING + WIDE_MIN_SLIDER + parts.value_width;
      int text_min, scale_h_min, value_min;

      if (row_is_wide (&parts, width))
        {
          int text_nat = natural_height (parts.text, parts.names_width, &text_min);
          int scale_h = natural_height (parts.scale, row_slider_width (&parts, width), &scale_h_min);
          int value_nat = natural_height (parts.value, parts.value_width, &value_min);

          *minimum = MAX (MAX (text_min, scale_h_min), value_min);
          *natural = MAX (MAX (text_nat, scale_h), value_nat);
        }
      else
        {
          int text_nat = natural_height (parts.text, row_stacked_text_width (&parts, width), &text_min);
          int scale_h = natural_height (parts.scale, MAX (width, scale_min), &scale_h_min);
          int value_nat = natural_height (parts.value, parts.value_width, &value_min);

          *minimum = MAX (text_min, value_min) + STACKED_SPACING + scale_h_min;
          *natural = MAX (text_nat, value_nat) + STACKED_SPACING + scale_h;
        }
    }

  *minimum_baseline = -1;
  *natural_baseline = -1;
}

/* Places a child, mirrored in a right-to-left row. */
static void
row_place (GtkWidget *row,
           GtkWidget *child,
           int        row_width,
           int        x,
           int        y,
           int        width,
           int        height)
{
  if (gtk_widget_get_direction (row) == GTK_TEXT_DIR_RTL)
    x = row_width - x - width;

  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

/* The tipping mark is drawn over the scale, in the scale's own coordinates. */
static void
row_place_tipping_mark (GtkWidget      *row,
                        const RowParts *parts)
{
  graphene_rect_t bounds;
  int minimum;

  gtk_widget_measure (parts->tipping, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (!gtk_widget_compute_bounds (parts->scale, row, &bounds))
    return;

  gtk_widget_size_allocate (parts->tipping,
                            &(GtkAllocation) { bounds.origin.x, bounds.origin.y,
                                               bounds.size.width, bounds.size.height }, -1);
}

static void
row_allocate (GtkWidget *widget,
              int        width,
              int        height,
              int        baseline)
{
  RowParts parts;
  int scale_min;
  int value_h;

  row_parts (widget, &parts);
  gtk_widget_measure (parts.scale, GTK_ORIENTATION_HORIZONTAL, -1, &scale_min, NULL, NULL, NULL);
  value_h = natural_height (parts.value, parts.value_width, NULL);

  if (row_is_wide (&parts, width))
    {
      int slider_width = row_slider_width (&parts, width);
      int text_h = MIN (natural_height (parts.text, parts.names_width, NULL), height);
      int scale_h = MIN (natural_height (parts.scale, slider_width, NULL), height);

      row_place (widget, parts.text, width, 0, (height - text_h) / 2, parts.names_width, text_h);
      row_place (widget, parts.scale, width, parts.names_width + ROW_SPACING, (height - scale_h) / 2,
                 slider_width, scale_h);
      row_place (widget, parts.value, width, width - parts.value_width, (height - value_h) / 2,
                 parts.value_width, value_h);
    }
  else
    {
      int text_width = row_stacked_text_width (&parts, width);
      int scale_width = MAX (width, scale_min);
      int text_h = natural_height (parts.text, text_width, NULL);
      int scale_h = natural_height (parts.scale, scale_width, NULL);
      int top_h = MAX (text_h, value_h);
      int y = MAX ((height - top_h - STACKED_SPACING - scale_h) / 2, 0);

      row_place (widget, parts.text, width, 0, y + (top_h - text_h) / 2, text_width, text_h);
      row_place (widget, parts.value, width, width - parts.value_width, y + (top_h - value_h) / 2,
                 parts.value_width, value_h);
      row_place (widget, parts.scale, width, 0, y + top_h + STACKED_SPACING, scale_width, scale_h);
    }

  row_place_tipping_mark (widget, &parts);
}

static CriterionRow *
build_row (SwDecisionForm *self,
           guint           criterion,
           gboolean        marks_wait,
           GtkWidget     **out_widget)
{
  const SwCriterion *info = sw_dataset_get_criterion (self->dataset, criterion);
  CriterionRow *row = g_new0 (CriterionRow, 1);
  GtkWidget *list_row;
  GtkWidget *box;
  GtkWidget *text_box;
  GtkWidget *name;
  GtkWidget *help;
  GtkEventController *controller;

  row->form = self;
  row->criterion = criterion;
  row->tipping_at = NAN;
  row->tipping_leader = -1;

  name = new_label (info->name, "criterion-name");
  help = new_label (info->help, "dim-label");
  gtk_widget_add_css_class (help, "criterion-help");

  /* The row's layout gives it one width in every row, so that all sliders
   * start at one x: the labels wrap inside it. */
  text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (text_box), name);
  gtk_box_append (GTK_BOX (text_box), help);

  row->scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, SW_WEIGHT_MIN, SW_WEIGHT_MAX,
                                         SW_WEIGHT_STEP);
  gtk_range_set_increments (GTK_RANGE (row->scale), SW_WEIGHT_STEP, 1.0);
  gtk_scale_set_digits (GTK_SCALE (row->scale), 1);
  gtk_scale_set_draw_value (GTK_SCALE (row->scale), FALSE);
  gtk_widget_set_hexpand (row->scale, TRUE);
  gtk_widget_set_size_request (row->scale, 160, -1);
  gtk_widget_add_css_class (row->scale, "weight-scale");
  row->marks_wait = marks_wait;
  if (!marks_wait)
    add_marks (GTK_SCALE (row->scale));
  gtk_widget_add_css_class (row->scale, "no-tipping");
  let_scroll_pass (row->scale);
  row->tipping_mark = sw_tipping_mark_new (GTK_SCALE (row->scale));
  /* The visible name is the accessible name; the help line describes it. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row->scale),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, name, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, help, NULL,
                                  -1);

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (scale_event), row);
  gtk_widget_add_controller (row->scale, controller);
  g_signal_connect (row->scale, "value-changed", G_CALLBACK (scale_value_changed), row);

  /* An inscription, not a label: it is as wide as four digits whatever it
   * shows, so a new value on every frame of a drag redraws it without
   * laying the row out again (a label lays out the form on every text). */
  row->value_label = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (row->value_label), 4);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (row->value_label), 4);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (row->value_label), 1.0);
  gtk_widget_add_css_class (row->value_label, "criterion-value");
  gtk_widget_add_css_class (row->value_label, "numeric");
  /* The slider already tells its value to assistive technologies. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (row->value_label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  /* A box for its children's lifetime, laid out by the row's own rules. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_layout_manager (box, gtk_custom_layout_new (row_request_mode, row_measure, row_allocate));
  gtk_widget_add_css_class (box, "criterion-row");
  gtk_widget_set_margin_start (box, 16);
  gtk_widget_set_margin_end (box, 16);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), text_box);
  gtk_box_append (GTK_BOX (box), row->scale);
  gtk_box_append (GTK_BOX (box), row->value_label);
  gtk_box_append (GTK_BOX (box), row->tipping_mark);

  list_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_focusable (list_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);

  *out_widget = list_row;
  return row;
}

/* Below the fold.
 *
 * Each row costs some 10 M instructions to build, style, measure (its wrapped
 * name and help line) and draw, and at the window's usual size only the
 * first one or two are in view when it opens. So the first build leaves
 * the others hidden until the first frame is painted, and then shows them,
 * before anyone can scroll. If the first rows end inside the view (a tall
 * window), the rest are shown during the first frame's layout, which GTK
 * then repeats before painting: the first frame is always complete. */

static void
reveal_rows (SwDecisionForm *self)
{
  if (self->deferred_clock != NULL)
    {
      g_clear_signal_handler (&self->deferred_layout_handler, self->deferred_clock);
      g_clear_signal_handler (&self->deferred_paint_handler, self->deferred_clock);
      g_clear_object (&self->deferred_clock);
    }
  if (self->deferred == NULL)
    return;

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      CriterionRow *row = g_ptr_array_index (self->rows, i);

      if (row != NULL && row->marks_wait)
        {
          add_marks (GTK_SCALE (row->scale));
          row->marks_wait = FALSE;
        }
    }
  for (guint i = 0; i < self->deferred->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->deferred, i), TRUE);
  g_clear_pointer (&self->deferred, g_ptr_array_unref);
}

static void
defer_widget (SwDecisionForm *self,
              GtkWidget      *widget)
{
  if (self->deferred == NULL)
    self->deferred = g_ptr_array_new ();
  gtk_widget_set_visible (widget, FALSE);
  g_ptr_array_add (self->deferred, widget);
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
  if (self->deferred == NULL || self->deferred_clock != NULL)
    return;

  /* The window's frame clock, whose layout handler GTK connected first. */
  self->deferred_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->deferred_layout_handler = g_signal_connect (self->deferred_clock, "layout",
                                                    G_CALLBACK (deferred_layout), self);
  self->deferred_paint_handler = g_signal_connect (self->deferred_clock, "after-paint",
                                                   G_CALLBACK (deferred_after_paint), self);
}

static void
sw_decision_form_unrealize (GtkWidget *widget)
{
  reveal_rows (SW_DECISION_FORM (widget));
  GTK_WIDGET_CLASS (sw_decision_form_parent_class)->unrealize (widget);
}

static void
defer_rows (SwDecisionForm *self)
{
  if (self->deferred != NULL && gtk_widget_get_realized (GTK_WIDGET (self)))
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

  reveal_rows (self);

  while ((child = gtk_widget_get_first_child (self->criteria_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->criteria_box), child);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (self->rows, n);

  for (guint i = 0; i < n; i++)
    {
      const char *group = sw_dataset_get_criterion (self->dataset, i)->group;

      if (group == NULL)
        group = "";
      if (!g_ptr_array_find_with_equal_func (groups, group, g_str_equal, NULL))
        g_ptr_array_add (groups, (gpointer) group);
    }

  for (guint g = 0; g < groups->len; g++)
    {
      const char *group = g_ptr_array_index (groups, g);
      GtkWidget *list = gtk_list_box_new ();
      GtkWidget *heading = NULL;
      /* A whole group below the fold waits, heading and all. */
      gboolean group_waits = defer && shown >= ROWS_BEFORE_FIRST_FRAME;

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");

      if (group[0] != '\0')
        {
          heading = new_label (group, "criteria-group");

          gtk_widget_set_margin_top (heading, g == 0 ? 6 : 14);
          gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, group,
                                          -1);
          gtk_box_append (GTK_BOX (self->criteria_box), heading);
        }

      for (guint i = 0; i < n; i++)
        {
          const char *criterion_group = sw_dataset_get_criterion (self->dataset, i)->group;
          /* The rows that wait for the first frame (below). */
          gboolean waits = group_waits || (defer && shown >= ROWS_BEFORE_FIRST_FRAME);
          GtkWidget *list_row;

          if (g_strcmp0 (criterion_group != NULL ? criterion_group : "", group) != 0)
            continue;

          self->rows->pdata[i] = build_row (self, i, waits, &list_row);
          gtk_list_box_append (GTK_LIST_BOX (list), list_row);
          if (!group_waits && defer && shown++ >= ROWS_BEFORE_FIRST_FRAME)
            defer_widget (self, list_row);
        }

      gtk_box_append (GTK_BOX (self->criteria_box), list);
      if (group_waits)
        {
          if (heading != NULL)
            defer_widget (self, heading);
          defer_widget (self, list);
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
      if (gtk_widget_get_visible (GTK_WIDGET (self->preset_popover)))
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
  guint n_points;

  g_return_if_fail (SW_IS_DECISION_FORM (self));
  g_return_if_fail (verdict != NULL);

  if (self->rows == NULL || sw_dataset_get_base (sw_verdict_get_dataset (verdict)) != self->dataset)
    return;

  n_points = sw_verdict_get_n_tipping_points (verdict);

  for (guint i = 0; i < self->rows->len; i++)
    {
      CriterionRow *row = g_ptr_array_index (self->rows, i);
      const SwTippingPoint *found = NULL;

      /* Smallest change first: the first point for a criterion is the nearest. */
      for (guint p = 0; p < n_points && found == NULL; p++)
        {
          const SwTippingPoint *point = sw_verdict_get_tipping_point (verdict, p);

          /* Beyond the slider's end there is no place for a mark. */
          if (point->criterion == row->criterion && point->at <= SW_WEIGHT_MAX)
            found = point;
        }

      if (found != NULL)
        set_tipping_mark (row, found->at, found->new_leader, found->direction);
      else
        set_tipping_mark (row, NAN, -1, -1);
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

  reveal_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_DECISION_FORM);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
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
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, preset_popover);
  gtk_widget_class_bind_template_child (widget_class, SwDecisionForm, preset_list);
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
  self->scroller = adw_bin_get_child (ADW_BIN (self));
  g_signal_connect_swapped (self->preset_popover, "show", G_CALLBACK (preset_popover_show), self);
}
