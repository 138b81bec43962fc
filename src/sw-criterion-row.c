/* sw-criterion-row.c — one priority of the decision form: its name and help, slider, weight and tipping point
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row shows; the form decides. It tells the form what the slider does
 * (::weight-changed, ::drag-begin, ::drag-end) and shows what the form gives
 * it (sw_criterion_row_set_weight(), sw_criterion_row_set_tipping_point()).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-criterion-row.h"
#include "sw-verdict.h"
#include "sw-weight.h"
#include "sw-wrap.h"

/* Side by side: the column of the name and help line (about 300 pixels at
 * the desktop's text size, wider with zoom and present mode), the slider,
 * the value. Narrower than that with a slider of at least WIDE_MIN_SLIDER,
 * the name and help go above a full-width slider. One width for the column
 * in every row, so that all sliders start at one x. */
#define NAMES_WIDTH_CHARS 41
#define ROW_SPACING 18
#define STACKED_SPACING 2
#define WIDE_MIN_SLIDER 300

struct _SwCriterionRow
{
  GtkListBoxRow   parent_instance;

  gboolean        syncing;       /* showing a weight, not asking for a change */
  /* The tipping point marked: NAN when there is none. */
  double          tipping_at;
  char           *tipping_technology;
  gboolean        tipping_raise;

  /* The row's child, laid out by the row (not bound: the row unparents it). */
  GtkWidget      *box;

  /* Template widgets */
  GtkWidget      *text_box;
  GtkLabel       *name_label;
  GtkLabel       *help_label;
  GtkWidget      *scale;
  GtkWidget      *value_label;
  GtkWidget      *tipping_mark;
};

G_DEFINE_FINAL_TYPE (SwCriterionRow, sw_criterion_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_NAME,
  PROP_HELP,
  N_PROPS
};

enum {
  WEIGHT_CHANGED,
  DRAG_BEGIN,
  DRAG_END,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
sw_criterion_row_new (const char *name,
                      const char *help)
{
  return g_object_new (SW_TYPE_CRITERION_ROW, "name", name, "help", help, NULL);
}

GtkRange *
sw_criterion_row_get_scale (SwCriterionRow *self)
{
  g_return_val_if_fail (SW_IS_CRITERION_ROW (self), NULL);

  return GTK_RANGE (self->scale);
}

SwTippingMark *
sw_criterion_row_get_tipping_mark (SwCriterionRow *self)
{
  g_return_val_if_fail (SW_IS_CRITERION_ROW (self), NULL);

  return SW_TIPPING_MARK (self->tipping_mark);
}

static void
show_value (SwCriterionRow *self,
            double          weight)
{
  g_autofree char *text = sw_format_number (weight);

  gtk_inscription_set_text (GTK_INSCRIPTION (self->value_label), text);
}

void
sw_criterion_row_set_weight (SwCriterionRow *self,
                             double          weight)
{
  g_return_if_fail (SW_IS_CRITERION_ROW (self));

  /* The value beside the slider always shows the slider's value: unchanged,
   * there is nothing to do. The form shows every criterion's weight after
   * each change, which in a drag is one weight among them. */
  weight = sw_weight_clamp (weight);
  if (weight == gtk_range_get_value (GTK_RANGE (self->scale)))
    return;

  self->syncing = TRUE;
  gtk_range_set_value (GTK_RANGE (self->scale), weight);
  self->syncing = FALSE;
  show_value (self, weight);
}

double
sw_criterion_row_get_weight (SwCriterionRow *self)
{
  g_return_val_if_fail (SW_IS_CRITERION_ROW (self), 0.0);

  return gtk_range_get_value (GTK_RANGE (self->scale));
}

/* The tipping mark sits above the slider, the 0/5/10 marks below, so that
 * they never overlap. Moving it only redraws it. */
void
sw_criterion_row_set_tipping_point (SwCriterionRow *self,
                                    double          at,
                                    const char     *technology,
                                    gboolean        raise)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (SW_IS_CRITERION_ROW (self));

  if (technology == NULL)
    at = NAN;
  raise = !!raise;
  if ((isnan (at) && isnan (self->tipping_at)) ||
      (at == self->tipping_at && raise == self->tipping_raise &&
       g_strcmp0 (technology, self->tipping_technology) == 0))
    return;

  self->tipping_at = at;
  self->tipping_raise = raise;
  g_free (self->tipping_technology);
  self->tipping_technology = isnan (at) ? NULL : g_strdup (technology);

  if (isnan (at))
    {
      gtk_widget_add_css_class (self->scale, "no-tipping");
      sw_tipping_mark_set (SW_TIPPING_MARK (self->tipping_mark), 0.0, NULL);
      return;
    }

  /* The mark is markup: a technology's name is text. */
  name = g_markup_escape_text (technology, -1);

  /* The arrow points the way to move the slider, which a right-to-left
   * window mirrors: there, raising it moves leftwards. */
  if (raise != (gtk_widget_get_direction (self->scale) == GTK_TEXT_DIR_RTL))
    /* Translators: marked on a slider where moving it rightwards makes this technology lead, "Python ▸" */
    text = g_strdup_printf (_("%s ▸"), name);
  else
    /* Translators: marked on a slider where moving it leftwards makes this technology lead, "◂ Python" */
    text = g_strdup_printf (_("◂ %s"), name);

  gtk_widget_remove_css_class (self->scale, "no-tipping");
  sw_tipping_mark_set (SW_TIPPING_MARK (self->tipping_mark), at, text);
}

/* The slider → the form. */

static void
scale_value_changed (SwCriterionRow *self)
{
  double value = gtk_range_get_value (GTK_RANGE (self->scale));

  show_value (self, value);
  if (!self->syncing)
    g_signal_emit (self, signals[WEIGHT_CHANGED], 0, value);
}

/* Seen in the capture phase, so the range's own gestures still get every event. */
static gboolean
scale_event (GtkEventControllerLegacy *controller,
             GdkEvent                 *event,
             SwCriterionRow           *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      g_signal_emit (self, signals[DRAG_BEGIN], 0);
      break;

    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
      g_signal_emit (self, signals[DRAG_END], 0);
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

/* Layout: decided by the width each measure and allocation is given, so that
 * nothing changes state during a size allocation. The box's children are
 * the text (name and help), the scale, the value and the tipping mark. */

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
row_parts (GtkWidget *box,
           RowParts  *parts)
{
  SwCriterionRow *self = SW_CRITERION_ROW (gtk_widget_get_parent (box));
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (box), NULL, NULL);

  parts->names_width = NAMES_WIDTH_CHARS * pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  parts->text = self->text_box;
  parts->scale = self->scale;
  parts->value = self->value_label;
  parts->tipping = self->tipping_mark;
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

/* Setup */

static void
sw_criterion_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_CRITERION_ROW);

  G_OBJECT_CLASS (sw_criterion_row_parent_class)->dispose (object);
}

static void
sw_criterion_row_finalize (GObject *object)
{
  SwCriterionRow *self = SW_CRITERION_ROW (object);

  g_free (self->tipping_technology);

  G_OBJECT_CLASS (sw_criterion_row_parent_class)->finalize (object);
}

static void
sw_criterion_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwCriterionRow *self = SW_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, gtk_label_get_text (self->name_label));
      break;

    case PROP_HELP:
      g_value_set_string (value, gtk_label_get_text (self->help_label));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_criterion_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SwCriterionRow *self = SW_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_NAME:
      gtk_label_set_text (self->name_label, g_value_get_string (value));
      break;

    case PROP_HELP:
      gtk_label_set_text (self->help_label, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_criterion_row_class_init (SwCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_criterion_row_dispose;
  object_class->finalize = sw_criterion_row_finalize;
  object_class->get_property = sw_criterion_row_get_property;
  object_class->set_property = sw_criterion_row_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HELP] =
    g_param_spec_string ("help", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwCriterionRow::weight-changed:
   * @weight: the slider's new value
   *
   * Someone moved the slider (not emitted by sw_criterion_row_set_weight()).
   */
  signals[WEIGHT_CHANGED] = g_signal_new ("weight-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, g_cclosure_marshal_VOID__DOUBLE,
                                          G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  g_signal_set_va_marshaller (signals[WEIGHT_CHANGED], G_TYPE_FROM_CLASS (klass),
                              g_cclosure_marshal_VOID__DOUBLEv);
  /**
   * SwCriterionRow::drag-begin:
   *
   * A pointer button or a touch went down on the slider: the weight
   * changes it brings until ::drag-end are one gesture.
   */
  signals[DRAG_BEGIN] = g_signal_new ("drag-begin", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SwCriterionRow::drag-end:
   *
   * The button or touch was released (or the touch cancelled).
   */
  signals[DRAG_END] = g_signal_new ("drag-end", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SW_TYPE_TIPPING_MARK);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SwCriterionRow, text_box);
  gtk_widget_class_bind_template_child (widget_class, SwCriterionRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SwCriterionRow, help_label);
  gtk_widget_class_bind_template_child (widget_class, SwCriterionRow, scale);
  gtk_widget_class_bind_template_child (widget_class, SwCriterionRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, SwCriterionRow, tipping_mark);
  gtk_widget_class_bind_template_callback (widget_class, scale_value_changed);

  gtk_widget_class_set_css_name (widget_class, "row");
}

static void
sw_criterion_row_init (SwCriterionRow *self)
{
  GtkScale *scale;
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  sw_wrap_floor_within (GTK_WIDGET (self));
  self->tipping_at = NAN;

  /* The weight scale is the core's: one place says its ends and step. */
  scale = GTK_SCALE (self->scale);
  gtk_adjustment_configure (gtk_range_get_adjustment (GTK_RANGE (scale)), SW_WEIGHT_MIN,
                            SW_WEIGHT_MIN, SW_WEIGHT_MAX, SW_WEIGHT_STEP, 1.0, 0.0);
  show_value (self, SW_WEIGHT_MIN);

  /* The 0/5/10 marks below the slider, and above it an empty mark that
   * keeps the room of the tipping mark (drawn over it by SwTippingMark): the
   * row keeps its height when a tipping point appears in the middle of a
   * drag. Made once: changing a scale's marks rebuilds their widgets. */
  gtk_scale_add_mark (scale, SW_WEIGHT_MIN, GTK_POS_BOTTOM, "0");
  gtk_scale_add_mark (scale, 5.0, GTK_POS_BOTTOM, "5");
  gtk_scale_add_mark (scale, SW_WEIGHT_MAX, GTK_POS_BOTTOM, "10");
  gtk_scale_add_mark (scale, 5.0, GTK_POS_TOP, " ");
  let_scroll_pass (self->scale);

  /* A press on the slider opens a gesture and the release closes it. */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (scale_event), self);
  gtk_widget_add_controller (self->scale, controller);

  /* A box for its children's lifetime, laid out by the row's own rules. */
  self->box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self));
  gtk_widget_set_layout_manager (self->box, gtk_custom_layout_new (row_request_mode, row_measure, row_allocate));
}
