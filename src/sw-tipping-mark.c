/* sw-tipping-mark.c — a slider's tipping point, drawn above it in words
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "sw-tipping-mark.h"

struct _SwTippingMark
{
  GtkWidget    parent_instance;

  GtkScale      *scale;   /* not owned: a sibling in the same row ("scale") */
  double         value;
  char          *markup;
  PangoLayout   *layout;

  /* The tick and the words, drawn at the tick's left edge, and what they
   * were drawn for: while a slider moves only their place changes, and a
   * moved node repaints as one rectangle, not one per piece. */
  GskRenderNode *node;
  GdkRGBA        node_color;
  graphene_rect_t node_tick;   /* the tick, its x left out */
  double         node_text_x;  /* the words, from the tick's left edge */
  double         node_text_y;
};

G_DEFINE_FINAL_TYPE (SwTippingMark, sw_tipping_mark, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
sw_tipping_mark_new (GtkScale *scale)
{
  g_return_val_if_fail (GTK_IS_SCALE (scale), NULL);

  return g_object_new (SW_TYPE_TIPPING_MARK, "scale", scale, NULL);
}

void
sw_tipping_mark_set (SwTippingMark *self,
                     double         value,
                     const char    *markup)
{
  g_return_if_fail (SW_IS_TIPPING_MARK (self));

  if (markup == NULL)
    {
      if (self->markup == NULL)
        return;
      g_clear_pointer (&self->markup, g_free);
      g_clear_object (&self->layout);
      g_clear_pointer (&self->node, gsk_render_node_unref);
    }
  else if (g_strcmp0 (markup, self->markup) != 0)
    {
      g_free (self->markup);
      self->markup = g_strdup (markup);
      g_clear_object (&self->layout);
      g_clear_pointer (&self->node, gsk_render_node_unref);
    }
  else if (value == self->value)
    return;

  self->value = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
sw_tipping_mark_get_value (SwTippingMark *self)
{
  g_return_val_if_fail (SW_IS_TIPPING_MARK (self), 0.0);

  return self->value;
}

const char *
sw_tipping_mark_get_markup (SwTippingMark *self)
{
  g_return_val_if_fail (SW_IS_TIPPING_MARK (self), NULL);

  return self->markup;
}

/* The scale's child with that CSS name (and class), or NULL. */
static GtkWidget *
find_child (GtkWidget  *parent,
            const char *css_name,
            const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_css_name (child), css_name) == 0 &&
        (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
      return child;

  return NULL;
}

/* The centre of a mark's tick, in @widget's coordinates. */
static gboolean
tick_centre (GtkWidget *mark,
             GtkWidget *widget,
             double    *x)
{
  GtkWidget *indicator = find_child (mark, "indicator", NULL);
  graphene_rect_t bounds;

  if (indicator == NULL || !gtk_widget_compute_bounds (indicator, widget, &bounds))
    return FALSE;

  *x = bounds.origin.x + bounds.size.width / 2.0;
  return TRUE;
}

/* Where @value is along the scale, in @widget's coordinates: between the
 * ticks of the scale's first and last bottom marks (0 and 10), which GTK
 * placed where the slider's centre is at those values (mirrored in a
 * right-to-left window). */
static gboolean
value_position (GtkScale  *scale,
                GtkWidget *widget,
                double     value,
                double    *x)
{
  GtkWidget *marks = find_child (GTK_WIDGET (scale), "marks", "bottom");
  GtkWidget *first, *last;
  double first_value, last_value, first_x, last_x;

  if (marks == NULL || (first = gtk_widget_get_first_child (marks)) == NULL ||
      (last = gtk_widget_get_last_child (marks)) == NULL || first == last)
    return FALSE;

  first_value = g_ascii_strtod (gtk_label_get_text (GTK_LABEL (find_child (first, "label", NULL))), NULL);
  last_value = g_ascii_strtod (gtk_label_get_text (GTK_LABEL (find_child (last, "label", NULL))), NULL);
  if (first_value == last_value || !tick_centre (first, widget, &first_x) || !tick_centre (last, widget, &last_x))
    return FALSE;

  *x = first_x + (value - first_value) / (last_value - first_value) * (last_x - first_x);
  return TRUE;
}

/* Drawn in the room of the scale's empty top mark, in its label's font and
 * color: a tick above the trough (as wide and tall as a mark's indicator is
 * styled) and the words above the tick, kept inside the scale. */
static void
sw_tipping_mark_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SwTippingMark *self = SW_TIPPING_MARK (widget);
  GtkWidget *marks, *mark, *indicator, *label;
  graphene_rect_t indicator_bounds, label_bounds;
  GtkStyleContext *context;
  GdkRGBA color;
  PangoRectangle logical;
  graphene_rect_t tick;
  double x, tick_x, text_x;
  int width = gtk_widget_get_width (widget);

  if (self->markup == NULL || self->scale == NULL)
    return;

  marks = find_child (GTK_WIDGET (self->scale), "marks", "top");
  mark = marks != NULL ? find_child (marks, "mark", NULL) : NULL;
  indicator = mark != NULL ? find_child (mark, "indicator", NULL) : NULL;
  label = mark != NULL ? find_child (mark, "label", NULL) : NULL;
  if (indicator == NULL || label == NULL ||
      !gtk_widget_compute_bounds (indicator, widget, &indicator_bounds) ||
      !gtk_widget_compute_bounds (label, widget, &label_bounds))
    return;

  if (!value_position (self->scale, widget, self->value, &x))
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (label);
  gtk_style_context_get_color (context, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (label, NULL);
      pango_layout_set_markup (self->layout, self->markup, -1);
    }
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);

  /* The tick: the indicator's size, in the label's color; the words above
   * it, centred on it but kept inside the scale. */
  tick_x = floor (x - indicator_bounds.size.width / 2.0);
  text_x = CLAMP (floor (x) - logical.width / 2, 0, MAX (0, width - logical.width)) - tick_x;
  tick = GRAPHENE_RECT_INIT (0, indicator_bounds.origin.y,
                             indicator_bounds.size.width, indicator_bounds.size.height);

  if (self->node == NULL || !gdk_rgba_equal (&color, &self->node_color) ||
      !graphene_rect_equal (&tick, &self->node_tick) ||
      text_x != self->node_text_x || label_bounds.origin.y != self->node_text_y)
    {
      GtkSnapshot *piece = gtk_snapshot_new ();

      gtk_snapshot_append_color (piece, &color, &tick);
      gtk_snapshot_translate (piece, &GRAPHENE_POINT_INIT (text_x, label_bounds.origin.y));
      gtk_snapshot_append_layout (piece, self->layout, &color);
      g_clear_pointer (&self->node, gsk_render_node_unref);
      self->node = gtk_snapshot_free_to_node (piece);
      self->node_color = color;
      self->node_tick = tick;
      self->node_text_x = text_x;
      self->node_text_y = label_bounds.origin.y;
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (tick_x, 0));
  gtk_snapshot_append_node (snapshot, self->node);
  gtk_snapshot_restore (snapshot);
}

static void
sw_tipping_mark_finalize (GObject *object)
{
  SwTippingMark *self = SW_TIPPING_MARK (object);

  g_free (self->markup);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->node, gsk_render_node_unref);

  G_OBJECT_CLASS (sw_tipping_mark_parent_class)->finalize (object);
}

/* A zoom or another font changes the label's font: lay the words out again. */
static void
sw_tipping_mark_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  SwTippingMark *self = SW_TIPPING_MARK (widget);

  GTK_WIDGET_CLASS (sw_tipping_mark_parent_class)->css_changed (widget, change);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->node, gsk_render_node_unref);
}

static void
sw_tipping_mark_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SwTippingMark *self = SW_TIPPING_MARK (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_object (value, self->scale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_tipping_mark_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SwTippingMark *self = SW_TIPPING_MARK (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      self->scale = g_value_get_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_tipping_mark_class_init (SwTippingMarkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sw_tipping_mark_finalize;
  object_class->get_property = sw_tipping_mark_get_property;
  object_class->set_property = sw_tipping_mark_set_property;

  /* Not owned: a sibling in the same row, which outlives the mark's use. */
  properties[PROP_SCALE] =
    g_param_spec_object ("scale", NULL, NULL,
                         GTK_TYPE_SCALE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->snapshot = sw_tipping_mark_snapshot;
  widget_class->css_changed = sw_tipping_mark_css_changed;

  gtk_widget_class_set_css_name (widget_class, "tippingmark");
  /* The words are the scale's; the scale's accessible description tells them. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
sw_tipping_mark_init (SwTippingMark *self)
{
  /* Drawn over the scale: the pointer goes through to it. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
}
