/* sw-zoom.h — how large one window draws: the zoom setting times present mode
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_ZOOM (sw_zoom_get_type ())

G_DECLARE_FINAL_TYPE (SwZoom, sw_zoom, SW, ZOOM, GObject)

/* Scales `window` (held weakly) by the "zoom" key of `settings`, and more
 * while presenting. Its style rules name this window alone, so that another
 * window, zoomed or presenting or not, keeps its own size. */
SwZoom   *sw_zoom_new            (GtkWidget *window,
                                  GSettings *settings);
/* How much larger than the desktop's text the window draws (the "scale" property). */
double    sw_zoom_get_scale      (SwZoom    *self);
gboolean  sw_zoom_get_presenting (SwZoom    *self);
void      sw_zoom_set_presenting (SwZoom    *self,
                                  gboolean   presenting);
/* One zoom step larger (+1) or smaller (-1); 0 goes back to the desktop's size. */
void      sw_zoom_step           (SwZoom    *self,
                                  int        direction);
/* Whether sw_zoom_step() would change anything. */
gboolean  sw_zoom_can_step       (SwZoom    *self,
                                  int        direction);
/* The window's width after each allocation: present mode grows with it. */
void      sw_zoom_set_width      (SwZoom    *self,
                                  int        width);
/* The style class only this window carries while it is scaled. */
const char *sw_zoom_get_css_class (SwZoom   *self);

G_END_DECLS
