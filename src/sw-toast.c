/* sw-toast.c — showing toasts one at a time, taking them back safely, and toasts that offer Undo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2's AdwToastOverlay slides a toast in (300 ms, or 500 ms when
 * it replaces one that is sliding out) and out (300 ms). When the slide out
 * ends before the slide in, the overlay frees the toast's record, and the end
 * of the slide in then unrefs through the freed record: a crash. Dismissing a
 * toast in the frame it appears is enough (both slides end in one frame, the
 * later one first), and so is dismissing, within 200 ms, a toast that
 * replaced another: for example the second click of a double-click on a
 * close button, landing on the toast that took the first one's place.
 *
 * So toasts here never replace one another: each overlay's toasts wait in a
 * queue of this file's until no toast is on screen, and then the overlay gets
 * the next (it slides in for 300 ms, after any click meant for the last one).
 * And the app never dismisses a toast on screen at once: it waits until the
 * slide in has less left than a slide out takes. A waiting toast leaves the
 * queue without ever being shown.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-toast.h"

/* Longer than the longest slide in (500 ms) less a slide out (300 ms), with
 * room for the frame clock's smoothing of the time it gives animations. */
#define SETTLE_MS 300

/* How often a waiting toast looks whether the screen is clear. */
#define POLL_MS 100

#define QUEUE_KEY   "sw-toast-queue"
#define OVERLAY_KEY "sw-toast-overlay"

typedef struct
{
  AdwToastOverlay *overlay;   /* owns this queue */
  GQueue           waiting;   /* AdwToast, owned, not yet given to the overlay */
  guint            poll_id;
} Queue;

static void
queue_free (Queue *queue)
{
  g_clear_handle_id (&queue->poll_id, g_source_remove);
  g_queue_clear_full (&queue->waiting, g_object_unref);
  g_free (queue);
}

static Queue *
queue_of (AdwToastOverlay *overlay)
{
  Queue *queue = g_object_get_data (G_OBJECT (overlay), QUEUE_KEY);

  if (queue == NULL)
    {
      queue = g_new0 (Queue, 1);
      queue->overlay = overlay;
      g_queue_init (&queue->waiting);
      g_object_set_data_full (G_OBJECT (overlay), QUEUE_KEY, queue, (GDestroyNotify) queue_free);
    }

  return queue;
}

/* Whether @overlay shows @toast now (any toast, when NULL), sliding in, in
 * place or sliding out: libadwaita 1.2 makes each shown toast a child of the
 * overlay, an AdwToastWidget whose "toast" is the toast. */
static gboolean
is_shown (AdwToastOverlay *overlay,
          AdwToast        *toast)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(GObject) shown = NULL;

      if (g_strcmp0 (G_OBJECT_TYPE_NAME (child), "AdwToastWidget") != 0 ||
          g_object_class_find_property (G_OBJECT_GET_CLASS (child), "toast") == NULL)
        continue;

      if (toast == NULL)
        return TRUE;
      g_object_get (child, "toast", &shown, NULL);
      if (shown == G_OBJECT (toast))
        return TRUE;
    }

  return FALSE;
}

static void show_next (Queue *queue);

static gboolean
poll_clear (gpointer data)
{
  Queue *queue = data;

  queue->poll_id = 0;
  show_next (queue);

  return G_SOURCE_REMOVE;
}

static void
show_next (Queue *queue)
{
  if (queue->poll_id != 0 || g_queue_is_empty (&queue->waiting))
    return;

  if (is_shown (queue->overlay, NULL))
    {
      queue->poll_id = g_timeout_add (POLL_MS, poll_clear, queue);
      return;
    }

  adw_toast_overlay_add_toast (queue->overlay, g_queue_pop_head (&queue->waiting));
}

void
sw_toast_add (AdwToastOverlay *overlay,
              AdwToast        *toast)
{
  Queue *queue;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  queue = queue_of (overlay);
  g_queue_push_tail (&queue->waiting, toast);
  show_next (queue);
}

guint
sw_toast_get_n_waiting (AdwToastOverlay *overlay)
{
  Queue *queue;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), 0);

  queue = g_object_get_data (G_OBJECT (overlay), QUEUE_KEY);
  return queue != NULL ? g_queue_get_length (&queue->waiting) : 0;
}

static gboolean
dismiss_settled (gpointer data)
{
  adw_toast_dismiss (ADW_TOAST (data));

  return G_SOURCE_REMOVE;
}

void
sw_toast_dismiss (AdwToastOverlay *overlay,
                  AdwToast        *toast)
{
  Queue *queue;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  queue = g_object_get_data (G_OBJECT (overlay), QUEUE_KEY);
  if (queue != NULL && g_queue_remove (&queue->waiting, toast))
    {
      g_object_unref (toast);
      return;
    }

  if (!is_shown (overlay, toast))
    {
      adw_toast_dismiss (toast);
      return;
    }

  /* Shown: its slide in began at the latest now. Dismissing a toast twice,
   * or one the user closed meanwhile, does nothing. */
  g_timeout_add_full (G_PRIORITY_DEFAULT, SETTLE_MS, dismiss_settled,
                      g_object_ref (toast), g_object_unref);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

/* The meeting changed after the change the toast offers to undo. */
static void
take_back (AdwToast  *toast,
           SwMeeting *meeting)
{
  GWeakRef *ref = g_object_get_data (G_OBJECT (toast), OVERLAY_KEY);
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (ref);

  g_signal_handlers_disconnect_by_func (meeting, take_back, toast);

  if (overlay != NULL)
    sw_toast_dismiss (overlay, toast);
  else
    adw_toast_dismiss (toast);
}

void
sw_toast_offer_undo (AdwToastOverlay *overlay,
                     SwMeeting       *meeting,
                     const char      *title)
{
  AdwToast *toast;
  GWeakRef *ref;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (SW_IS_MEETING (meeting));
  g_return_if_fail (title != NULL);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");

  /* The overlay owns the toast, which may yet outlive it in a timeout. */
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, overlay);
  g_object_set_data_full (G_OBJECT (toast), OVERLAY_KEY, ref, (GDestroyNotify) weak_ref_free);

  g_signal_connect_object (meeting, "changed", G_CALLBACK (take_back), toast, G_CONNECT_SWAPPED);
  sw_toast_add (overlay, toast);
}
