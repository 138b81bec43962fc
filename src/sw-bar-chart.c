/* sw-bar-chart.c — a small horizontal bar chart, one bar per technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-bar-chart.h"

/* Drawn, not built from widgets, so the geometry is in multiples of the
 * font's line height: the chart grows with the text on a projector. */
#define ROW_HEIGHT      2.1   /* lines per bar row */
#define BAR_THICKNESS   1.25  /* lines */
#define COLUMN_GAP      0.9   /* lines between name, bars and figure */
#define MIN_BAR_WIDTH   6.0   /* lines of bar area at the narrowest */
#define NAT_BAR_WIDTH   28.0  /* lines of bar area when there is room */
#define TAIL_FRACTION   0.10  /* an open-ended bar's fade, as a share of the axis */
#define MIN_TICKS       3     /* intervals on the axis */
#define MAX_TICKS       6

typedef struct
{
  char    *name;
  char    *label;
  GdkRGBA  color;
  double   low;
  double   high;
  gboolean open_ended;
} Bar;

struct _SwBarChart
{
  GtkWidget  parent_instance;

  char      *title;
  char      *unit;
  char      *description; /* the figures in words, for assistive technologies */
  GArray    *bars;        /* of Bar */
};

G_DEFINE_FINAL_TYPE (SwBarChart, sw_bar_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->name);
  g_free (bar->label);
}

/* The upper end of what a bar needs on the axis: an open-ended bar's fade
 * takes TAIL_FRACTION of the axis after its figure. */
static double
bar_extent (const Bar *bar)
{
  if (bar->open_ended && !(bar->high > bar->low))
    return bar->low / (1.0 - TAIL_FRACTION);

  return MAX (bar->low, bar->high);
}

/* 1, 2, 2.5 or 5 times a power of ten: round steps people read at a glance. */
static double
nice_step (double rough)
{
  static const double mantissas[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  double magnitude;

  if (rough <= 0)
    return 1.0;

  magnitude = pow (10.0, floor (log10 (rough)));
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    if (mantissas[i] * magnitude >= rough * (1 - 1e-9))
      return mantissas[i] * magnitude;

  return 10.0 * magnitude;
}

/* The linear axis always starts at 0; it ends at the smallest round
 * number above every bar that gives MIN_TICKS..MAX_TICKS intervals. */
static void
compute_axis (SwBarChart *self,
              double     *axis_max,
              double     *step)
{
  double data_max = 0;

  for (guint i = 0; i < self->bars->len; i++)
    data_max = MAX (data_max, bar_extent (&g_array_index (self->bars, Bar, i)));
  if (data_max <= 0)
    data_max = 1;

  *axis_max = G_MAXDOUBLE;
  *step = 1;
  for (int n = MIN_TICKS; n <= MAX_TICKS; n++)
    {
      double candidate = nice_step (data_max / n);
      double end = ceil (data_max / candidate - 1e-9) * candidate;

      if (end < *axis_max)
        {
          *axis_max = end;
          *step = candidate;
        }
    }
}

double
sw_bar_chart_get_axis_max (SwBarChart *self)
{
  double axis_max, step;

  g_return_val_if_fail (SW_IS_BAR_CHART (self), 0);

  compute_axis (self, &axis_max, &step);
  return axis_max;
}

/* Tick labels stay short ("0", "500", "5k", "2.5M"), one unit per axis. */
static char *
format_tick (double value,
             double axis_max)
{
  if (value == 0)
    return g_strdup ("0");
  if (axis_max >= 1e9)
    /* Translators: a chart axis tick in billions, e.g. "2B" */
    return g_strdup_printf (_("%gB"), value / 1e9);
  if (axis_max >= 1e6)
    /* Translators: a chart axis tick in millions, e.g. "2.5M" */
    return g_strdup_printf (_("%gM"), value / 1e6);
  if (axis_max >= 1e4)
    /* Translators: a chart axis tick in thousands, e.g. "15k" */
    return g_strdup_printf (_("%gk"), value / 1e3);

  return g_strdup_printf ("%g", value);
}

static PangoLayout *
create_layout (SwBarChart *self,
               const char *text,
               gboolean    bold,
               double      scale)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (scale != 1.0)
    pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static int
text_width (SwBarChart *self,
            const char *text,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = create_layout (self, text, bold, 1.0);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static int
line_height (SwBarChart *self)
{
  g_autoptr(PangoLayout) layout = create_layout (self, "Ag", FALSE, 1.0);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return MAX (height, 1);
}

typedef struct
{
  int line;
  int name_width;    /* the technology names' column */
  int label_width;   /* room for the widest figure after a bar */
  int gap;
  int row_height;
  int axis_height;   /* tick labels and the unit under the bars */
} Metrics;

static void
compute_metrics (SwBarChart *self,
                 Metrics    *m)
{
  m->line = line_height (self);
  m->gap = (int) (COLUMN_GAP * m->line);
  m->row_height = (int) (ROW_HEIGHT * m->line);
  m->name_width = 0;
  m->label_width = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);

      m->name_width = MAX (m->name_width, text_width (self, bar->name, TRUE));
      m->label_width = MAX (m->label_width, text_width (self, bar->label, TRUE));
    }

  /* Tick labels (0.9 scale), a gap, then the unit line. */
  m->axis_height = (int) (0.5 * m->line) + (int) (0.95 * m->line) + (int) (0.35 * m->line) + m->line;
}

static void
sw_bar_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  SwBarChart *self = SW_BAR_CHART (widget);
  Metrics m;

  compute_metrics (self, &m);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int fixed = m.name_width + m.gap + m.gap + m.label_width;

      *minimum = fixed + (int) (MIN_BAR_WIDTH * m.line);
      *natural = fixed + (int) (NAT_BAR_WIDTH * m.line);
    }
  else
    {
      *minimum = *natural = (int) (self->bars->len * m.row_height) + m.axis_height;
    }
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const GdkRGBA *color,
             float          x,
             float          y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_bar (GtkSnapshot   *snapshot,
            const Bar     *bar,
            float          x0,
            float          y,
            float          thickness,
            float          px_per_unit,
            float          axis_width)
{
  float solid = (float) (bar->low * px_per_unit);
  float end = solid;
  float radius = MIN (thickness / 4, 6);
  GskRoundedRect outline;

  if (bar->high > bar->low)
    end = (float) (bar->high * px_per_unit);
  else if (bar->open_ended)
    end = solid + (float) (TAIL_FRACTION * axis_width);

  /* Rounded ends, but the bar still starts exactly at zero. */
  gsk_rounded_rect_init (&outline, &GRAPHENE_RECT_INIT (x0, y, MAX (end, 1), thickness),
                         &GRAPHENE_SIZE_INIT (0, 0), &GRAPHENE_SIZE_INIT (radius, radius),
                         &GRAPHENE_SIZE_INIT (radius, radius), &GRAPHENE_SIZE_INIT (0, 0));
  gtk_snapshot_push_rounded_clip (snapshot, &outline);

  gtk_snapshot_append_color (snapshot, &bar->color,
                             &GRAPHENE_RECT_INIT (x0, y, MAX (solid, 1), thickness));

  if (bar->high > bar->low)
    {
      /* The uncertain part of a range: a light fill with diagonal hatching. */
      GdkRGBA light = bar->color;
      GdkRGBA clear = bar->color;
      graphene_rect_t part = GRAPHENE_RECT_INIT (x0 + solid, y, end - solid, thickness);
      GskColorStop stops[4];

      light.alpha = 0.3f;
      gtk_snapshot_append_color (snapshot, &light, &part);

      light.alpha = 0.85f;
      clear.alpha = 0;
      stops[0] = (GskColorStop) { 0.0f, light };
      stops[1] = (GskColorStop) { 0.4f, light };
      stops[2] = (GskColorStop) { 0.4f, clear };
      stops[3] = (GskColorStop) { 1.0f, clear };
      gtk_snapshot_append_repeating_linear_gradient (snapshot, &part,
                                                     &GRAPHENE_POINT_INIT (x0 + solid, y),
                                                     &GRAPHENE_POINT_INIT (x0 + solid + 5, y + 5),
                                                     stops, G_N_ELEMENTS (stops));
    }
  else if (bar->open_ended)
    {
      /* "At least N": the bar fades out past N instead of stopping. */
      GdkRGBA clear = bar->color;
      GskColorStop stops[2];

      clear.alpha = 0;
      stops[0] = (GskColorStop) { 0.0f, bar->color };
      stops[1] = (GskColorStop) { 1.0f, clear };
      gtk_snapshot_append_linear_gradient (snapshot,
                                           &GRAPHENE_RECT_INIT (x0 + solid, y, end - solid, thickness),
                                           &GRAPHENE_POINT_INIT (x0 + solid, y),
                                           &GRAPHENE_POINT_INIT (x0 + end, y),
                                           stops, G_N_ELEMENTS (stops));
    }

  gtk_snapshot_pop (snapshot);
}

/* In a right-to-left window the chart is mirrored: names on the right, bars
 * growing leftwards. Positions are worked out left to right; this gives the
 * left edge of something @w wide that starts at @x, on the side it is drawn. */
static float
place (gboolean rtl,
       int      width,
       float    x,
       float    w)
{
  return rtl ? width - x - w : x;
}

static void
sw_bar_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  SwBarChart *self = SW_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  GdkRGBA fg, dim, faint;
  Metrics m;
  float x0, axis_width, px_per_unit, baseline;
  double axis_max, step;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (self->bars->len == 0)
    return;

  compute_metrics (self, &m);

  /* Text and axis take the theme's foreground, so dark and high-contrast follow. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  dim = fg;
  dim.alpha *= 0.75f;
  faint = fg;
  faint.alpha *= 0.14f;

  x0 = m.name_width + m.gap;
  axis_width = MAX (1, width - x0 - m.gap - m.label_width);
  compute_axis (self, &axis_max, &step);
  px_per_unit = (float) (axis_width / axis_max);
  baseline = self->bars->len * m.row_height;

  /* Grid lines and ticks first, behind the bars. */
  for (double tick = 0; tick <= axis_max + step / 2; tick += step)
    {
      float x = x0 + (float) (tick * px_per_unit);
      g_autofree char *text = format_tick (tick, axis_max);
      g_autoptr(PangoLayout) layout = create_layout (self, text, FALSE, 0.9);
      int tw, th;

      gtk_snapshot_append_color (snapshot, &faint,
                                 &GRAPHENE_RECT_INIT (place (rtl, width, x, 1), 0, 1, baseline));
      gtk_snapshot_append_color (snapshot, &dim,
                                 &GRAPHENE_RECT_INIT (place (rtl, width, x, 1), baseline, 1, 0.3f * m.line));

      pango_layout_get_pixel_size (layout, &tw, &th);
      append_text (snapshot, layout, &dim,
                   place (rtl, width, CLAMP (x - tw / 2.0f, 0, width - tw), tw),
                   baseline + 0.45f * m.line);
    }
  gtk_snapshot_append_color (snapshot, &dim,
                             &GRAPHENE_RECT_INIT (place (rtl, width, x0, axis_width + 1), baseline,
                                                  axis_width + 1, 1));

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      float row_top = i * m.row_height;
      float thickness = BAR_THICKNESS * m.line;
      float bar_y = row_top + (m.row_height - thickness) / 2;
      g_autoptr(PangoLayout) name = create_layout (self, bar->name, TRUE, 1.0);
      g_autoptr(PangoLayout) label = create_layout (self, bar->label, TRUE, 1.0);
      double end_value = bar->high > bar->low ? bar->high : bar->low;
      float end_x;
      int tw, th;

      pango_layout_get_pixel_size (name, &tw, &th);
      append_text (snapshot, name, &fg, place (rtl, width, 0, tw), row_top + (m.row_height - th) / 2.0f);

      /* The bar, its range and its fade, flipped as a whole. */
      gtk_snapshot_save (snapshot);
      if (rtl)
        {
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, 0));
          gtk_snapshot_scale (snapshot, -1, 1);
        }
      append_bar (snapshot, bar, x0, bar_y, thickness, px_per_unit, axis_width);
      gtk_snapshot_restore (snapshot);

      end_x = x0 + (float) (end_value * px_per_unit);
      if (bar->open_ended && !(bar->high > bar->low))
        end_x += (float) (TAIL_FRACTION * axis_width);
      pango_layout_get_pixel_size (label, &tw, &th);
      append_text (snapshot, label, &fg, place (rtl, width, end_x + 0.5f * m.gap, tw),
                   row_top + (m.row_height - th) / 2.0f);
    }

  if (self->unit != NULL)
    {
      g_autoptr(PangoLayout) unit = create_layout (self, self->unit, FALSE, 0.9);
      int tw, th;

      pango_layout_get_pixel_size (unit, &tw, &th);
      append_text (snapshot, unit, &dim,
                   place (rtl, width, x0 + MAX (0, (axis_width - tw) / 2.0f), tw),
                   baseline + 0.45f * m.line + 0.95f * m.line + 0.35f * m.line);
    }
}

static void
update_accessible (SwBarChart *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);

      if (description->len > 0)
        g_string_append (description, "; ");
      /* Translators: one bar of a chart read aloud: "<technology>: <figure> <unit>" */
      g_string_append_printf (description, _("%s: %s %s"),
                              bar->name, bar->label, self->unit ? self->unit : "");
    }
  if (description->len > 0)
    g_string_append_c (description, '.');

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&description), FALSE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title ? self->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->description);
}

static void
sw_bar_chart_finalize (GObject *object)
{
  SwBarChart *self = (SwBarChart *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->bars, g_array_unref);

  G_OBJECT_CLASS (sw_bar_chart_parent_class)->finalize (object);
}

static void
sw_bar_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SwBarChart *self = SW_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_bar_chart_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SwBarChart *self = SW_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      update_accessible (self);
      break;

    case PROP_UNIT:
      g_free (self->unit);
      self->unit = g_value_dup_string (value);
      update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_bar_chart_class_init (SwBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sw_bar_chart_finalize;
  object_class->get_property = sw_bar_chart_get_property;
  object_class->set_property = sw_bar_chart_set_property;

  widget_class->measure = sw_bar_chart_measure;
  widget_class->snapshot = sw_bar_chart_snapshot;

  /* Construct-only: the accessible text is written once the bars are known. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sw_bar_chart_init (SwBarChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
}

GtkWidget *
sw_bar_chart_new (const char *title,
                  const char *unit)
{
  return g_object_new (SW_TYPE_BAR_CHART,
                       "title", title,
                       "unit", unit,
                       NULL);
}

const char *
sw_bar_chart_get_title (SwBarChart *self)
{
  g_return_val_if_fail (SW_IS_BAR_CHART (self), NULL);

  return self->title;
}

void
sw_bar_chart_add_bar (SwBarChart    *self,
                      const char    *name,
                      const GdkRGBA *color,
                      double         low,
                      double         high,
                      gboolean       open_ended,
                      const char    *label)
{
  Bar bar = { 0 };

  g_return_if_fail (SW_IS_BAR_CHART (self));
  g_return_if_fail (name != NULL && label != NULL && color != NULL);

  bar.name = g_strdup (name);
  bar.label = g_strdup (label);
  bar.color = *color;
  bar.low = MAX (low, 0);
  bar.high = MAX (high, bar.low);
  bar.open_ended = open_ended;
  g_array_append_val (self->bars, bar);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
sw_bar_chart_get_description (SwBarChart *self)
{
  g_return_val_if_fail (SW_IS_BAR_CHART (self), NULL);

  return self->description;
}

guint
sw_bar_chart_get_n_bars (SwBarChart *self)
{
  g_return_val_if_fail (SW_IS_BAR_CHART (self), 0);

  return self->bars->len;
}
