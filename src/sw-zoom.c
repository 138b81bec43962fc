/* sw-zoom.c — how large one window draws: the zoom setting times present mode
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text scales through the CSS -gtk-dpi of the window, which everything inside
 * inherits (the charts size their rows by their text); sliders and bars, whose
 * sizes are in pixels, get theirs scaled too. The sizes depend on the window's
 * width in present mode, so the rules are written here rather than in
 * style.css, and every selector starts with a class that only this window
 * carries: one display holds the provider, but no other window matches it.
 */

#include "config.h"

#include <math.h>

#include "sw-zoom.h"

/* Zoom steps, as in GNOME's document apps; 1.0 is the desktop's text size. */
static const double zoom_steps[] = { 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };
#define ZOOM_MIN (zoom_steps[0])
#define ZOOM_MAX (zoom_steps[G_N_ELEMENTS (zoom_steps) - 1])
/* Present mode makes everything this much larger again, for the back of a room,
 * on a screen at least PRESENT_FULL_WIDTH pixels wide; on a narrower one, less,
 * so that the page and the pane still fit side by side. */
#define PRESENT_SCALE 1.4
#define PRESENT_FULL_WIDTH 1370.0

struct _SwZoom
{
  GObject         parent_instance;

  GtkWidget      *window;         /* weak */
  GdkDisplay     *display;
  GSettings      *settings;
  GtkCssProvider *provider;       /* NULL until first scaled */
  char           *css_class;      /* "sw-scaled-N", this window's alone */
  gboolean        presenting;
  double          present_scale;  /* 1.0 to PRESENT_SCALE, by the window's width */
  double          scale;
  guint           rescale_id;
};

enum {
  PROP_0,
  PROP_SCALE,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SwZoom, sw_zoom, G_TYPE_OBJECT)

/* The schema's range does not keep NaN out (`gsettings set … zoom nan` passes
 * its check), and NaN would reach the CSS and the int casts below: read it as
 * the default, as GSettings does for values outside the range. */
static double
get_zoom (SwZoom *self)
{
  double zoom = g_settings_get_double (self->settings, "zoom");

  return isfinite (zoom) && zoom >= ZOOM_MIN && zoom <= ZOOM_MAX ? zoom : 1.0;
}

static double
present_scale_for_width (int width)
{
  if (width <= 0)
    return PRESENT_SCALE;

  return CLAMP (width / PRESENT_FULL_WIDTH, 1.0, PRESENT_SCALE);
}

static double
base_dpi (SwZoom *self)
{
  int xft_dpi = 0;

  g_object_get (gtk_settings_get_for_display (self->display), "gtk-xft-dpi", &xft_dpi, NULL);

  return xft_dpi > 0 ? xft_dpi / 1024.0 : 96.0;
}

static void
apply (SwZoom *self)
{
  double scale = get_zoom (self) * (self->presenting ? self->present_scale : 1.0);
  const char *c = self->css_class;
  g_autofree char *css = NULL;
  char dpi[G_ASCII_DTOSTR_BUF_SIZE];

  if (self->window == NULL)
    return;

  if (scale == 1.0)
    {
      gtk_widget_remove_css_class (self->window, c);
      gtk_widget_remove_css_class (self->window, "sw-scaled");
    }
  else
    {
      if (self->provider == NULL)
        {
          self->provider = gtk_css_provider_new ();
          gtk_style_context_add_provider_for_display (self->display, GTK_STYLE_PROVIDER (self->provider),
                                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
        }
      g_ascii_formatd (dpi, sizeof dpi, "%.1f", base_dpi (self) * scale);
      css = g_strdup_printf ("window.%s { -gtk-dpi: %s; }\n"
                             "window.%s scale.weight-scale > trough { min-height: %dpx; }\n"
                             "window.%s scale.weight-scale > trough > slider "
                             "{ min-width: %dpx; min-height: %dpx; margin: %dpx; }\n"
                             "window.%s levelbar.score-bar > trough,\n"
                             "window.%s levelbar.score-bar > trough > block { min-height: %dpx; }\n",
                             c, dpi,
                             c, (int) (4 * scale + 0.5),
                             c, (int) (20 * scale + 0.5), (int) (20 * scale + 0.5), (int) (-8 * scale - 0.5),
                             c, c, (int) (20 * scale + 0.5));
      gtk_css_provider_load_from_data (self->provider, css, -1);
      gtk_widget_add_css_class (self->window, c);
      /* For style.css and the tests: whether it is scaled, not how much. */
      gtk_widget_add_css_class (self->window, "sw-scaled");
    }

  if (self->scale != scale)
    {
      self->scale = scale;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
    }
}

double
sw_zoom_get_scale (SwZoom *self)
{
  g_return_val_if_fail (SW_IS_ZOOM (self), 1.0);

  return self->scale;
}

const char *
sw_zoom_get_css_class (SwZoom *self)
{
  g_return_val_if_fail (SW_IS_ZOOM (self), NULL);

  return self->css_class;
}

gboolean
sw_zoom_get_presenting (SwZoom *self)
{
  g_return_val_if_fail (SW_IS_ZOOM (self), FALSE);

  return self->presenting;
}

void
sw_zoom_set_presenting (SwZoom   *self,
                        gboolean  presenting)
{
  g_return_if_fail (SW_IS_ZOOM (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  self->present_scale = present_scale_for_width (self->window != NULL ? gtk_widget_get_width (self->window) : 0);
  apply (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

static double
next_step (double zoom,
           int    direction)
{
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > zoom + 1e-6)
          return zoom_steps[i];
    }
  else if (direction < 0)
    {
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < zoom - 1e-6)
          return zoom_steps[i - 1];
    }
  else
    return 1.0;

  return zoom;
}

gboolean
sw_zoom_can_step (SwZoom *self,
                  int     direction)
{
  g_return_val_if_fail (SW_IS_ZOOM (self), FALSE);

  return next_step (get_zoom (self), direction) != get_zoom (self);
}

void
sw_zoom_step (SwZoom *self,
              int     direction)
{
  g_return_if_fail (SW_IS_ZOOM (self));

  g_settings_set_double (self->settings, "zoom", next_step (get_zoom (self), direction));
}

static gboolean
rescale_idle (gpointer data)
{
  SwZoom *self = data;

  self->rescale_id = 0;
  apply (self);

  return G_SOURCE_REMOVE;
}

/* After the allocation, never during it: the new sizes wait for an idle. */
void
sw_zoom_set_width (SwZoom *self,
                   int     width)
{
  double scale;

  g_return_if_fail (SW_IS_ZOOM (self));

  if (!self->presenting)
    return;

  scale = present_scale_for_width (width);
  if (fabs (scale - self->present_scale) > 0.02 && self->rescale_id == 0)
    {
      self->present_scale = scale;
      self->rescale_id = g_idle_add (rescale_idle, self);
    }
}

SwZoom *
sw_zoom_new (GtkWidget *window,
             GSettings *settings)
{
  SwZoom *self;

  g_return_val_if_fail (GTK_IS_WIDGET (window), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SW_TYPE_ZOOM, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  self->display = g_object_ref (gtk_widget_get_display (window));
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::zoom", G_CALLBACK (apply), self, G_CONNECT_SWAPPED);
  apply (self);

  return self;
}

static void
sw_zoom_dispose (GObject *object)
{
  SwZoom *self = SW_ZOOM (object);

  g_clear_handle_id (&self->rescale_id, g_source_remove);
  if (self->provider != NULL)
    {
      gtk_style_context_remove_provider_for_display (self->display, GTK_STYLE_PROVIDER (self->provider));
      g_clear_object (&self->provider);
    }
  if (self->window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  g_clear_object (&self->settings);
  g_clear_object (&self->display);

  G_OBJECT_CLASS (sw_zoom_parent_class)->dispose (object);
}

static void
sw_zoom_finalize (GObject *object)
{
  SwZoom *self = SW_ZOOM (object);

  g_free (self->css_class);

  G_OBJECT_CLASS (sw_zoom_parent_class)->finalize (object);
}

static void
sw_zoom_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SwZoom *self = SW_ZOOM (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_zoom_class_init (SwZoomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_zoom_dispose;
  object_class->finalize = sw_zoom_finalize;
  object_class->get_property = sw_zoom_get_property;

  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL,
                         0.0, G_MAXDOUBLE, 1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_zoom_init (SwZoom *self)
{
  static guint n_zooms;

  self->css_class = g_strdup_printf ("sw-scaled-%u", ++n_zooms);
  self->scale = 1.0;
  self->present_scale = 1.0;
}
