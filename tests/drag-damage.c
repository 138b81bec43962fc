/* drag-damage.c — what each frame repaints, for tests/drag-frames.sh -d
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preloaded into bench-drag (LD_PRELOAD), it watches cairo as GTK 4.8's X11
 * cairo renderer uses it: every frame paints into a new image surface as
 * large as the bounding box of the frame's damage, through a cairo context
 * clipped to the damage itself. At that first clip it prints one line,
 *
 *   # damage: N rectangles, A pixels, surface W×H
 *
 * before bench-drag's own line for the frame (bench-drag --each). A frame
 * whose damage grew past 30 rectangles somewhere has that container
 * repainted whole: it shows as few rectangles with a large area.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <stdio.h>

#include <cairo.h>

/* Smaller surfaces are GTK's and Pango's own scratch surfaces, not a frame. */
#define MIN_FRAME_PIXELS 10000

static cairo_surface_t *frame_surface;
static cairo_t         *frame_cr;
static int              frame_width;
static int              frame_height;

cairo_surface_t *
cairo_image_surface_create (cairo_format_t format,
                            int            width,
                            int            height)
{
  static cairo_surface_t *(*real) (cairo_format_t, int, int);
  cairo_surface_t *surface;

  if (real == NULL)
    real = (cairo_surface_t *(*) (cairo_format_t, int, int)) dlsym (RTLD_NEXT, "cairo_image_surface_create");
  surface = real (format, width, height);
  if ((long) width * height >= MIN_FRAME_PIXELS)
    {
      frame_surface = surface;
      frame_width = width;
      frame_height = height;
    }

  return surface;
}

cairo_t *
cairo_create (cairo_surface_t *target)
{
  static cairo_t *(*real) (cairo_surface_t *);
  cairo_t *cr;

  if (real == NULL)
    real = (cairo_t *(*) (cairo_surface_t *)) dlsym (RTLD_NEXT, "cairo_create");
  cr = real (target);
  if (target != NULL && target == frame_surface)
    {
      frame_cr = cr;
      frame_surface = NULL;
    }

  return cr;
}

void
cairo_clip (cairo_t *cr)
{
  static void (*real) (cairo_t *);
  cairo_rectangle_list_t *rectangles;
  double pixels = 0.0;

  if (real == NULL)
    real = (void (*) (cairo_t *)) dlsym (RTLD_NEXT, "cairo_clip");
  real (cr);
  if (cr == NULL || cr != frame_cr)
    return;

  frame_cr = NULL;
  rectangles = cairo_copy_clip_rectangle_list (cr);
  if (rectangles->status == CAIRO_STATUS_SUCCESS)
    {
      for (int i = 0; i < rectangles->num_rectangles; i++)
        pixels += rectangles->rectangles[i].width * rectangles->rectangles[i].height;
      printf ("# damage: %d rectangles, %.0f pixels, surface %d×%d\n",
              rectangles->num_rectangles, pixels, frame_width, frame_height);
      fflush (stdout);
    }
  cairo_rectangle_list_destroy (rectangles);
}
