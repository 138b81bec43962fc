/* sw-collect-view.c — the shared screen while the participants vote from their devices
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The QR code and the address for the room to open, and each participant's
 * name with whether they have voted. docs/ballots.md.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-ballot.h"
#include "sw-collect-view.h"
#include "sw-qr-code.h"

/* The address the loopback button listens on: a free port on this computer alone. */
#define LOOPBACK_LISTEN "127.0.0.1:0"
/* Below this width the code goes above the words instead of beside them. */
#define SIDE_BY_SIDE_MIN_WIDTH 620

struct _SwCollectView
{
  AdwBin            parent_instance;

  SwVoteCollection *collection;
  guint             layout_id;

  /* Template widgets; the stack is the bin's child, which the bin disposes. */
  GtkStack         *state_stack;
  GtkBox           *layout_box;
  SwQrCode         *qr_code;
  GtkLabel         *address_label;
  GtkLabel         *count_label;
  GtkFlowBox       *voter_box;
  AdwStatusPage    *no_network_page;
};

enum {
  PROP_0,
  PROP_COLLECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SwCollectView, sw_collect_view, ADW_TYPE_BIN)

GtkWidget *
sw_collect_view_new (SwVoteCollection *collection)
{
  g_return_val_if_fail (G_IS_OBJECT (collection), NULL);

  return g_object_new (SW_TYPE_COLLECT_VIEW, "collection", collection, NULL);
}

const char *
sw_collect_view_get_address (SwCollectView *self)
{
  g_return_val_if_fail (SW_IS_COLLECT_VIEW (self), NULL);

  return gtk_label_get_text (self->address_label);
}

static GtkWidget *
voter_chip (const char *name,
            gboolean    voted)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (voted ? "object-select-symbolic" : "content-loading-symbolic");
  GtkWidget *label = gtk_label_new (name);
  g_autofree char *description = NULL;

  if (voted)
    /* Translators: who has voted, on the shared screen while votes are collected, "Ana has voted" */
    description = g_strdup_printf (_("%s has voted"), name);
  else
    /* Translators: on the shared screen while votes are collected, "Ben has not voted yet" */
    description = g_strdup_printf (_("%s has not voted yet"), name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_set_tooltip_text (box, description);
  gtk_widget_add_css_class (box, "voter");
  gtk_widget_add_css_class (box, voted ? "voted" : "waiting");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/* Who has voted: the names and a mark, from the meeting as it is now. */
static void
show_voters (SwCollectView *self)
{
  SwMeeting *meeting = sw_ballot ()->collection_get_meeting (self->collection);
  guint n = sw_meeting_get_n_participants (meeting);
  guint voted = 0;
  g_autofree char *count = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->voter_box))) != NULL)
    gtk_flow_box_remove (self->voter_box, child);

  for (guint p = 0; p < n; p++)
    {
      gboolean has_voted = sw_meeting_get_participant_voted (meeting, p);

      voted += has_voted;
      gtk_flow_box_append (self->voter_box, voter_chip (sw_meeting_get_participant_name (meeting, p), has_voted));
    }

  /* Translators: while votes are collected, "2 of 5 have voted" */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u has voted", "%u of %u have voted", voted),
                           voted, n);
  gtk_label_set_text (self->count_label, count);
}

static void
show_address (SwCollectView *self)
{
  const char *address = sw_ballot ()->collection_get_address (self->collection);

  sw_qr_code_set_text (self->qr_code, address);
  gtk_label_set_text (self->address_label, address != NULL ? address : "");
  if (address != NULL)
    gtk_stack_set_visible_child_name (self->state_stack, "collecting");
}

gboolean
sw_collect_view_start (SwCollectView  *self,
                       const char     *listen,
                       GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SW_IS_COLLECT_VIEW (self), FALSE);

  if (sw_ballot ()->collection_start (self->collection, listen, &local_error))
    return TRUE;

  if (listen == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE))
    {
      gtk_stack_set_visible_child_name (self->state_stack, "no-network");
      return TRUE;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* From the no-network page: the same again, or the loopback address. */
static void
start_from_page (SwCollectView *self,
                 const char    *listen)
{
  g_autoptr(GError) error = NULL;

  if (!sw_collect_view_start (self, listen, &error))
    adw_status_page_set_description (self->no_network_page, error->message);
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  start_from_page (SW_COLLECT_VIEW (widget), NULL);
}

static void
loopback_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  start_from_page (SW_COLLECT_VIEW (widget), LOOPBACK_LISTEN);
}

static gboolean
apply_layout (gpointer user_data)
{
  SwCollectView *self = user_data;
  gboolean side_by_side = gtk_widget_get_width (GTK_WIDGET (self)) >= SIDE_BY_SIDE_MIN_WIDTH;

  self->layout_id = 0;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->layout_box),
                                  side_by_side ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  return G_SOURCE_REMOVE;
}

/* The layout follows the width after the allocation, never during it. */
static void
sw_collect_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SwCollectView *self = SW_COLLECT_VIEW (widget);
  GtkOrientation wanted = width >= SIDE_BY_SIDE_MIN_WIDTH ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;

  GTK_WIDGET_CLASS (sw_collect_view_parent_class)->size_allocate (widget, width, height, baseline);

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->layout_box)) != wanted && self->layout_id == 0)
    self->layout_id = g_idle_add (apply_layout, self);
}

static void
set_collection (SwCollectView    *self,
                SwVoteCollection *collection)
{
  g_return_if_fail (self->collection == NULL);

  self->collection = g_object_ref (collection);
  g_signal_connect_object (collection, "notify::address", G_CALLBACK (show_address), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sw_ballot ()->collection_get_meeting (collection), "participants-changed",
                           G_CALLBACK (show_voters), self, G_CONNECT_SWAPPED);
  show_address (self);
  show_voters (self);
}

static void
sw_collect_view_dispose (GObject *object)
{
  SwCollectView *self = SW_COLLECT_VIEW (object);

  g_clear_handle_id (&self->layout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_COLLECT_VIEW);
  g_clear_object (&self->collection);

  G_OBJECT_CLASS (sw_collect_view_parent_class)->dispose (object);
}

static void
sw_collect_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SwCollectView *self = SW_COLLECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      g_value_set_object (value, self->collection);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_collect_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SwCollectView *self = SW_COLLECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_COLLECTION:
      set_collection (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_collect_view_class_init (SwCollectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_collect_view_dispose;
  object_class->get_property = sw_collect_view_get_property;
  object_class->set_property = sw_collect_view_set_property;
  widget_class->size_allocate = sw_collect_view_size_allocate;

  properties[PROP_COLLECTION] =
    g_param_spec_object ("collection", NULL, NULL, G_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "collect.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "collect.loopback", NULL, loopback_action);

  g_type_ensure (SW_TYPE_QR_CODE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-collect-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwCollectView, layout_box);
  gtk_widget_class_bind_template_child (widget_class, SwCollectView, qr_code);
  gtk_widget_class_bind_template_child (widget_class, SwCollectView, address_label);
  gtk_widget_class_bind_template_child (widget_class, SwCollectView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SwCollectView, voter_box);
  gtk_widget_class_bind_template_child (widget_class, SwCollectView, no_network_page);
  /* Not kept, but the tests press it. */
  gtk_widget_class_bind_template_child_full (widget_class, "stop_button", FALSE, 0);
}

static void
sw_collect_view_init (SwCollectView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->state_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}
