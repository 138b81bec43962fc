/* sw-contribution-chart.c — the verdict's reasons as a diverging bar chart
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-contribution-chart.h"

/* Bars ease to new lengths over this many milliseconds. */
#define ANIMATION_DURATION 150
/* The chart's scale grows in steps of this many points, so that it does not
 * change on every frame of a drag. */
#define SCALE_STEP 5.0
#define ROW_PADDING 10
#define GAP 8

struct _SwContributionChart
{
  GtkWidget     parent_instance;

  SwVerdict    *verdict;
  SwDataset    *dataset;
  guint         n_criteria;
  GdkRGBA      *colors;       /* per technology */
  int           left;         /* technology shown on the left, or -1 */
  int           right;

  /* Per criterion, signed: < 0 on the left side, > 0 on the right. */
  double       *from;
  double       *to;
  double       *shown;
  double        scale_from;
  double        scale_to;
  double        scale_shown;

  AdwAnimation *animation;

  /* What a frame of a drag draws again unchanged, kept from the last one:
   * shaping text is most of a chart's cost, and only the numbers change.
   * A new font, color, direction or dataset drops it all; the names'
   * width follows the axis, the header's the chart's width. */
  int            text_height;      /* 0: not measured yet */
  int            number_width;
  GdkRGBA        text_color;       /* the foreground the nodes were drawn in */
  GskRenderNode *header;
  int            header_width;
  int            header_left;
  int            header_right;
  GskRenderNode **names;           /* per criterion, or NULL */
  gboolean      *names_dim;        /* drawn in the dim color */
  int           *name_widths;
  double         names_axis;
  GskRenderNode *no_difference;
  int            no_difference_width;
  PangoFontDescription *font;      /* the font the text was shaped in */
  double         resolution;       /* and its resolution (a zoom) */
};

G_DEFINE_FINAL_TYPE (SwContributionChart, sw_contribution_chart, GTK_TYPE_WIDGET)

GtkWidget *
sw_contribution_chart_new (void)
{
  return g_object_new (SW_TYPE_CONTRIBUTION_CHART, NULL);
}

int
sw_contribution_chart_get_side (SwContributionChart *self,
                                gboolean             right)
{
  g_return_val_if_fail (SW_IS_CONTRIBUTION_CHART (self), -1);

  return right ? self->right : self->left;
}

static void
animation_step (double   value,
                gpointer user_data)
{
  SwContributionChart *self = user_data;

  for (guint c = 0; c < self->n_criteria; c++)
    self->shown[c] = self->from[c] + (self->to[c] - self->from[c]) * value;
  self->scale_shown = self->scale_from + (self->scale_to - self->scale_from) * value;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clear_names (SwContributionChart *self)
{
  for (guint c = 0; self->names != NULL && c < self->n_criteria; c++)
    g_clear_pointer (&self->names[c], gsk_render_node_unref);
}

static void
clear_text (SwContributionChart *self)
{
  self->text_height = 0;
  self->number_width = 0;
  g_clear_pointer (&self->header, gsk_render_node_unref);
  g_clear_pointer (&self->no_difference, gsk_render_node_unref);
  clear_names (self);
}

static void
set_dataset (SwContributionChart *self,
             SwDataset           *dataset)
{
  guint n_technologies;

  if (!g_set_object (&self->dataset, dataset))
    return;

  clear_names (self);
  g_clear_pointer (&self->header, gsk_render_node_unref);

  self->n_criteria = sw_dataset_get_n_criteria (dataset);
  n_technologies = sw_dataset_get_n_technologies (dataset);

  g_free (self->colors);
  self->colors = g_new0 (GdkRGBA, n_technologies);
  for (guint t = 0; t < n_technologies; t++)
    if (!gdk_rgba_parse (&self->colors[t], sw_dataset_get_technology (dataset, t)->color))
      gdk_rgba_parse (&self->colors[t], "#808080");

  g_free (self->from);
  g_free (self->to);
  g_free (self->shown);
  self->from = g_new0 (double, self->n_criteria);
  self->to = g_new0 (double, self->n_criteria);
  self->shown = g_new0 (double, self->n_criteria);
  self->left = self->right = -1;

  g_free (self->names);
  g_free (self->names_dim);
  g_free (self->name_widths);
  self->names = g_new0 (GskRenderNode *, self->n_criteria);
  self->names_dim = g_new0 (gboolean, self->n_criteria);
  self->name_widths = g_new0 (int, self->n_criteria);
}

static void
update_description (SwContributionChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = sw_verdict_get_n_contributions (self->verdict);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = sw_verdict_dup_contribution_sentence (self->verdict, i);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, sentence);
    }

  if (n == 0)
    g_string_append (text, _("No criterion has a weight above 0."));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

void
sw_contribution_chart_set_verdict (SwContributionChart *self,
                                   SwVerdict           *verdict)
{
  int leader;
  int runner_up;
  int left;
  int right;
  guint old_rows;
  double largest = 0.0;

  g_return_if_fail (SW_IS_CONTRIBUTION_CHART (self));
  g_return_if_fail (verdict != NULL);

  old_rows = self->verdict != NULL ? sw_verdict_get_n_contributions (self->verdict) : 0;

  /* A situated dataset shares its base's technologies and criteria. */
  set_dataset (self, sw_dataset_get_base (sw_verdict_get_dataset (verdict)));
  g_clear_pointer (&self->verdict, sw_verdict_unref);
  self->verdict = sw_verdict_ref (verdict);

  /* Sides stay put while the leader changes: the lower index on the left. */
  leader = sw_verdict_get_leader (verdict);
  runner_up = sw_verdict_get_runner_up (verdict);
  if (leader >= 0 && runner_up >= 0)
    {
      left = MIN (leader, runner_up);
      right = MAX (leader, runner_up);
    }
  else
    {
      left = sw_dataset_get_n_technologies (self->dataset) > 0 ? 0 : -1;
      right = sw_dataset_get_n_technologies (self->dataset) > 1 ? 1 : -1;
    }

  /* Another pair of technologies: the old bars mean nothing on the new sides. */
  if (left != self->left || right != self->right)
    for (guint c = 0; c < self->n_criteria; c++)
      self->shown[c] = 0.0;
  self->left = left;
  self->right = right;

  for (guint c = 0; c < self->n_criteria; c++)
    {
      self->from[c] = self->shown[c];
      self->to[c] = 0.0;
    }

  for (guint i = 0; i < sw_verdict_get_n_contributions (verdict); i++)
    {
      const SwContribution *contribution = sw_verdict_get_contribution (verdict, i);
      double length = fabs (contribution->points);

      if (contribution->favours == right)
        self->to[contribution->criterion] = length;
      else if (contribution->favours == left)
        self->to[contribution->criterion] = -length;
      largest = MAX (largest, length);
    }

  self->scale_from = self->scale_shown;
  self->scale_to = MAX (SCALE_STEP, ceil (largest / SCALE_STEP) * SCALE_STEP);
  if (self->scale_from <= 0.0)
    self->scale_from = self->scale_to;

  update_description (self);

  adw_animation_reset (self->animation);
  adw_animation_play (self->animation);

  if (old_rows != sw_verdict_get_n_contributions (verdict))
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static PangoLayout *
create_layout (SwContributionChart *self,
               const char          *text,
               gboolean             bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

  if (bold)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

      pango_layout_set_markup (layout, markup, -1);
    }
  else
    {
      pango_layout_set_text (layout, text, -1);
    }

  return layout;
}

static int
line_height (SwContributionChart *self)
{
  if (self->text_height == 0)
    {
      g_autoptr(PangoLayout) layout = create_layout (self, "Xg", TRUE);

      pango_layout_get_pixel_size (layout, NULL, &self->text_height);
    }

  return self->text_height;
}

/* @layout drawn with the left edge of its text at 0, 0 (see draw_layout()). */
static GskRenderNode *
text_node (PangoLayout   *layout,
           const GdkRGBA *color)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-logical.x, 0));
  gtk_snapshot_append_layout (snapshot, layout, color);

  return gtk_snapshot_free_to_node (snapshot);
}

static void
append_at (GtkSnapshot   *snapshot,
           GskRenderNode *node,
           double         x,
           double         y)
{
  if (node == NULL)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_restore (snapshot);
}

static guint
n_rows (SwContributionChart *self)
{
  return self->verdict != NULL ? sw_verdict_get_n_contributions (self->verdict) : 0;
}

/* "No criterion has a weight above 0.", wrapped to `width`: a long
 * translation takes two lines rather than running past the edge. */
static PangoLayout *
create_empty_layout (SwContributionChart *self,
                     int                  width)
{
  PangoLayout *layout = create_layout (self, _("No criterion has a weight above 0."), FALSE);

  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* At the widget's start side, as the header: its direction, not the text's. */
  pango_layout_set_auto_dir (layout, FALSE);
  return layout;
}

/* Only the empty chart's height depends on its width. */
static GtkSizeRequestMode
sw_contribution_chart_get_request_mode (GtkWidget *widget)
{
  return n_rows (SW_CONTRIBUTION_CHART (widget)) == 0 ? GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH
                                                        : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
sw_contribution_chart_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  SwContributionChart *self = SW_CONTRIBUTION_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 420;
    }
  else
    {
      int row = line_height (self) + ROW_PADDING;

      *minimum = *natural = row + GAP + MAX (n_rows (self), 1) * row;
      if (n_rows (self) == 0 && for_size > 0)
        {
          g_autoptr(PangoLayout) layout = create_empty_layout (self, for_size);
          int text_height;

          pango_layout_get_pixel_size (layout, NULL, &text_height);
          *minimum = *natural = row + GAP + MAX (text_height + ROW_PADDING, row);
        }
    }
}

static void
get_foreground (SwContributionChart *self,
                GdkRGBA             *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, color);
}

/* Draws @layout with the left edge of its text at @x. A layout with a width
 * may start its text further right: in a right-to-left window Pango aligns
 * left-to-right text (a criterion's name) to the right. */
static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - logical.x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_rounded_bar (GtkSnapshot   *snapshot,
                  double         x,
                  double         y,
                  double         width,
                  double         height,
                  const GdkRGBA *color)
{
  GskRoundedRect rect;
  float radius = MIN (4.0, width / 2.0);

  if (width <= 0.0)
    return;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
  gtk_snapshot_pop (snapshot);
}

/* The technology drawn on the left: the first one, or in a right-to-left
 * window the second, so that the chart mirrors like the rest of the window. */
static int
left_technology (SwContributionChart *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? self->right : self->left;
}

static int
right_technology (SwContributionChart *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? self->left : self->right;
}

/* "■ Python" at the left edge, "Node.js ■" at the right: the names say which
 * side is which, the colors only repeat it. */
static void
draw_header (SwContributionChart *self,
             GtkSnapshot         *snapshot,
             int                  width,
             int                  text_height,
             const GdkRGBA       *fg)
{
  double swatch = text_height * 0.6;

  for (int side = 0; side < 2; side++)
    {
      int technology = side == 0 ? left_technology (self) : right_technology (self);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *text = NULL;
      int text_width;

      if (technology < 0)
        continue;

      /* Translators: the chart's side headers, "◀ Python" and "Node.js ▶": points for that technology */
      text = g_strdup_printf (side == 0 ? _("◀ %s") : _("%s ▶"),
                              sw_dataset_get_technology (self->dataset, technology)->name);
      layout = create_layout (self, text, TRUE);
      pango_layout_get_pixel_size (layout, &text_width, NULL);

      if (side == 0)
        {
          draw_rounded_bar (snapshot, 0, (text_height - swatch) / 2, swatch, swatch, &self->colors[technology]);
          draw_layout (snapshot, layout, swatch + GAP / 2, 0, fg);
        }
      else
        {
          draw_rounded_bar (snapshot, width - swatch, (text_height - swatch) / 2, swatch, swatch,
                            &self->colors[technology]);
          draw_layout (snapshot, layout, width - swatch - GAP / 2 - text_width, 0, fg);
        }
    }
}

/* The header, drawn again only for another width or other sides. */
static void
append_header (SwContributionChart *self,
               GtkSnapshot         *snapshot,
               int                  width,
               int                  text_height,
               const GdkRGBA       *fg)
{
  int left = left_technology (self);
  int right = right_technology (self);

  if (self->header == NULL || self->header_width != width ||
      self->header_left != left || self->header_right != right)
    {
      GtkSnapshot *header = gtk_snapshot_new ();

      draw_header (self, header, width, text_height, fg);
      g_clear_pointer (&self->header, gsk_render_node_unref);
      self->header = gtk_snapshot_free_to_node (header);
      self->header_width = width;
      self->header_left = left;
      self->header_right = right;
    }

  append_at (snapshot, self->header, 0, 0);
}

/* A criterion's name, ellipsized to the room beside the axis. */
static GskRenderNode *
name_node (SwContributionChart *self,
           guint                criterion,
           double               axis,
           gboolean             dim,
           const GdkRGBA       *color,
           int                 *width)
{
  if (axis != self->names_axis)
    {
      clear_names (self);
      self->names_axis = axis;
    }

  if (self->names[criterion] == NULL || self->names_dim[criterion] != dim)
    {
      g_autoptr(PangoLayout) name = create_layout (self, sw_dataset_get_criterion (self->dataset, criterion)->name,
                                                   FALSE);

      pango_layout_set_width (name, (int) ((axis - GAP) * PANGO_SCALE));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (name, &self->name_widths[criterion], NULL);
      g_clear_pointer (&self->names[criterion], gsk_render_node_unref);
      self->names[criterion] = text_node (name, color);
      self->names_dim[criterion] = dim;
    }

  *width = self->name_widths[criterion];
  return self->names[criterion];
}

static void
sw_contribution_chart_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  SwContributionChart *self = SW_CONTRIBUTION_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int text_height = line_height (self);
  int row_height = text_height + ROW_PADDING;
  double axis = floor (width / 2.0);
  double top = text_height + ROW_PADDING + GAP;
  int number_width;
  double reach;
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA axis_color;
  guint rows = n_rows (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (self->verdict == NULL)
    return;

  get_foreground (self, &fg);
  if (!gdk_rgba_equal (&fg, &self->text_color))
    {
      clear_text (self);
      self->text_color = fg;
      text_height = line_height (self);
      row_height = text_height + ROW_PADDING;
      top = text_height + ROW_PADDING + GAP;
    }
  dim = fg;
  dim.alpha *= 0.65;
  axis_color = fg;
  axis_color.alpha *= 0.3;

  append_header (self, snapshot, width, text_height, &fg);

  if (rows == 0)
    {
      g_autoptr(PangoLayout) layout = create_empty_layout (self, width);

      draw_layout (snapshot, layout, 0, top, &dim);
      return;
    }

  /* Room for the numbers at the bar ends. */
  if (self->number_width == 0)
    {
      g_autoptr(PangoLayout) sample = create_layout (self, "00.0", TRUE);

      pango_layout_get_pixel_size (sample, &self->number_width, NULL);
    }
  number_width = self->number_width;
  reach = MAX (axis - number_width - 2 * GAP, 10);

  gtk_snapshot_append_color (snapshot, &axis_color,
                             &GRAPHENE_RECT_INIT (axis, top - GAP / 2, 1, rows * row_height + GAP / 2));

  for (guint i = 0; i < rows; i++)
    {
      const SwContribution *contribution = sw_verdict_get_contribution (self->verdict, i);
      guint c = contribution->criterion;
      double y = top + i * row_height;
      double bar_height = row_height - ROW_PADDING / 2;
      double length = fabs (self->shown[c]) / MAX (self->scale_shown, 1.0) * reach;
      /* Signs are for the first and second technology; sides are physical. */
      gboolean for_second = self->to[c] > 0.0 || (self->to[c] == 0.0 && self->shown[c] > 0.0);
      gboolean on_right = for_second != rtl;
      gboolean no_difference = contribution->favours < 0;
      GskRenderNode *name;
      g_autoptr(PangoLayout) number = NULL;
      int name_width;
      int number_text_width;

      length = MIN (length, axis - GAP);

      name = name_node (self, c, axis, no_difference, no_difference ? &dim : &fg, &name_width);

      if (no_difference)
        {
          int text_width;

          if (self->no_difference == NULL)
            {
              g_autoptr(PangoLayout) words = create_layout (self, _("no difference"), FALSE);

              pango_layout_get_pixel_size (words, &self->no_difference_width, NULL);
              self->no_difference = text_node (words, &dim);
            }
          text_width = self->no_difference_width;
          if (rtl)
            {
              append_at (snapshot, name, axis + GAP, y + ROW_PADDING / 4);
              append_at (snapshot, self->no_difference, axis - GAP - text_width, y + ROW_PADDING / 4);
            }
          else
            {
              append_at (snapshot, name, axis - GAP - name_width, y + ROW_PADDING / 4);
              append_at (snapshot, self->no_difference, axis + GAP, y + ROW_PADDING / 4);
            }
          continue;
        }

      {
        g_autofree char *points = sw_format_number (fabs (contribution->points));

        number = create_layout (self, points, TRUE);
        pango_layout_get_pixel_size (number, &number_text_width, NULL);
      }

      if (on_right)
        {
          /* The bar goes right; its criterion reads from the axis leftwards. */
          draw_rounded_bar (snapshot, axis + 1, y, length, bar_height,
                            &self->colors[right_technology (self)]);
          append_at (snapshot, name, axis - GAP - name_width, y + ROW_PADDING / 4);
          draw_layout (snapshot, number, axis + 1 + length + GAP / 2, y + ROW_PADDING / 4, &fg);
        }
      else
        {
          draw_rounded_bar (snapshot, axis - length, y, length, bar_height,
                            &self->colors[left_technology (self)]);
          append_at (snapshot, name, axis + GAP, y + ROW_PADDING / 4);
          draw_layout (snapshot, number, axis - length - GAP / 2 - number_text_width,
                       y + ROW_PADDING / 4, &fg);
        }
    }
}

static void
sw_contribution_chart_dispose (GObject *object)
{
  SwContributionChart *self = SW_CONTRIBUTION_CHART (object);

  g_clear_object (&self->animation);
  g_clear_pointer (&self->verdict, sw_verdict_unref);
  clear_text (self);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (sw_contribution_chart_parent_class)->dispose (object);
}

static void
sw_contribution_chart_finalize (GObject *object)
{
  SwContributionChart *self = SW_CONTRIBUTION_CHART (object);

  g_free (self->colors);
  g_free (self->from);
  g_free (self->to);
  g_free (self->shown);
  g_free (self->names);
  g_free (self->names_dim);
  g_free (self->name_widths);
  g_clear_pointer (&self->font, pango_font_description_free);

  G_OBJECT_CLASS (sw_contribution_chart_parent_class)->finalize (object);
}

/* Another font or zoom (a resolution): every text is shaped anew (another
 * color is noticed when drawing). */
static void
sw_contribution_chart_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  SwContributionChart *self = SW_CONTRIBUTION_CHART (widget);
  PangoContext *context;
  const PangoFontDescription *font;
  double resolution;

  GTK_WIDGET_CLASS (sw_contribution_chart_parent_class)->css_changed (widget, change);

  context = gtk_widget_get_pango_context (widget);
  font = pango_context_get_font_description (context);
  resolution = pango_cairo_context_get_resolution (context);
  if (self->font == NULL || !pango_font_description_equal (font, self->font) || resolution != self->resolution)
    {
      g_clear_pointer (&self->font, pango_font_description_free);
      self->font = pango_font_description_copy (font);
      self->resolution = resolution;
      clear_text (self);
    }
}

static void
sw_contribution_chart_direction_changed (GtkWidget        *widget,
                                         GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (sw_contribution_chart_parent_class)->direction_changed (widget, previous);
  clear_text (SW_CONTRIBUTION_CHART (widget));
}

static void
sw_contribution_chart_class_init (SwContributionChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_contribution_chart_dispose;
  object_class->finalize = sw_contribution_chart_finalize;

  widget_class->get_request_mode = sw_contribution_chart_get_request_mode;
  widget_class->measure = sw_contribution_chart_measure;
  widget_class->snapshot = sw_contribution_chart_snapshot;
  widget_class->css_changed = sw_contribution_chart_css_changed;
  widget_class->direction_changed = sw_contribution_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "contributionchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sw_contribution_chart_init (SwContributionChart *self)
{
  AdwAnimationTarget *target;

  self->left = self->right = -1;

  target = adw_callback_animation_target_new (animation_step, self, NULL);
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0.0, 1.0, ANIMATION_DURATION, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reasons"),
                                  -1);
}
