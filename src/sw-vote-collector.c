/* sw-vote-collector.c — Collect Votes in a window: the ballots' server and its page among the window's pages
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Collect Votes adds a "collect" page to the window's pages, an SwCollectView
 * made then and removed when the collection stops: nothing of it exists at
 * start-up, and nothing listens once it stops, the meeting closes or the
 * window goes. docs/ballots.md.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-ballot.h"
#include "sw-collect-view.h"
#include "sw-vote-collector.h"

/* Where to listen instead of the local network: "127.0.0.1:0" for the
 * tests and for trying the page on this computer (docs/ballots.md). */
#define LISTEN_ENV "STACKWISE_LISTEN"
#define COLLECT_PAGE "collect"

struct _SwVoteCollector
{
  GObject           parent_instance;

  GtkStack         *stack;
  SwMeeting        *meeting;
  /* Ballots from the participants' devices: NULL unless collecting. */
  SwVoteCollection *collection;
  gboolean          can_collect;
};

G_DEFINE_FINAL_TYPE (SwVoteCollector, sw_vote_collector, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_COLLECT,
  PROP_COLLECTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

SwVoteCollector *
sw_vote_collector_new (GtkStack *stack)
{
  SwVoteCollector *self;

  g_return_val_if_fail (GTK_IS_STACK (stack), NULL);

  self = g_object_new (SW_TYPE_VOTE_COLLECTOR, NULL);
  self->stack = stack;

  return self;
}

static const char *
listen_override (void)
{
  const char *listen = g_getenv (LISTEN_ENV);

  return listen != NULL && listen[0] != '\0' ? listen : NULL;
}

/* In a meeting where someone has still to vote. */
static void
update_can_collect (SwVoteCollector *self)
{
  gboolean possible = self->meeting != NULL &&
                      sw_meeting_get_n_participants (self->meeting) > 0 &&
                      !sw_meeting_get_everyone_voted (self->meeting);
  gboolean can_collect = possible || self->collection != NULL;

  if (self->can_collect == can_collect)
    return;

  self->can_collect = can_collect;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_COLLECT]);
}

gboolean
sw_vote_collector_get_can_collect (SwVoteCollector *self)
{
  g_return_val_if_fail (SW_IS_VOTE_COLLECTOR (self), FALSE);

  return self->can_collect;
}

gboolean
sw_vote_collector_get_collecting (SwVoteCollector *self)
{
  g_return_val_if_fail (SW_IS_VOTE_COLLECTOR (self), FALSE);

  return self->collection != NULL;
}

/* The server stops, whatever else holds the collection. */
static gboolean
stop_collection (SwVoteCollector *self)
{
  g_autoptr(SwVoteCollection) collection = g_steal_pointer (&self->collection);

  if (collection == NULL)
    return FALSE;

  g_signal_handlers_disconnect_by_data (collection, self);
  sw_ballot ()->collection_stop (collection);
  return TRUE;
}

void
sw_vote_collector_stop (SwVoteCollector *self)
{
  GtkWidget *page;
  gboolean stopped;

  g_return_if_fail (SW_IS_VOTE_COLLECTOR (self));

  stopped = stop_collection (self);
  page = gtk_stack_get_child_by_name (self->stack, COLLECT_PAGE);
  if (page != NULL)
    {
      if (gtk_stack_get_visible_child (self->stack) == page)
        gtk_stack_set_visible_child_name (self->stack, "decide");
      gtk_stack_remove (self->stack, page);
    }
  if (stopped)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTING]);
  update_can_collect (self);
}

/* Stopped by itself: everyone has voted. */
static void
collection_running_changed (SwVoteCollector  *self,
                            GParamSpec       *pspec,
                            SwVoteCollection *collection)
{
  if (sw_ballot ()->collection_get_running (collection))
    return;

  sw_vote_collector_stop (self);
  g_signal_emit (self, signals[CLOSED], 0);
}

gboolean
sw_vote_collector_start (SwVoteCollector  *self,
                         GError          **error)
{
  g_return_val_if_fail (SW_IS_VOTE_COLLECTOR (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);

  if (self->collection == NULL)
    {
      const SwBallotFunctions *ballot = sw_ballot_load (error);
      GtkWidget *view;
      GtkStackPage *page;

      if (ballot == NULL)
        return FALSE;
      self->collection = ballot->collection_new (self->meeting);
      view = sw_collect_view_new (self->collection);
      page = gtk_stack_add_titled (self->stack, view, COLLECT_PAGE, _("Votes"));
      gtk_stack_page_set_icon_name (page, "phone-symbolic");
      if (!sw_collect_view_start (SW_COLLECT_VIEW (view), listen_override (), error))
        {
          sw_vote_collector_stop (self);
          return FALSE;
        }
      g_signal_connect_object (self->collection, "notify::running", G_CALLBACK (collection_running_changed),
                               self, G_CONNECT_SWAPPED);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTING]);
      update_can_collect (self);
    }

  gtk_stack_set_visible_child_name (self->stack, COLLECT_PAGE);
  return TRUE;
}

void
sw_vote_collector_set_meeting (SwVoteCollector *self,
                               SwMeeting       *meeting)
{
  g_return_if_fail (SW_IS_VOTE_COLLECTOR (self));
  g_return_if_fail (meeting == NULL || SW_IS_MEETING (meeting));

  sw_vote_collector_stop (self);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);
  if (meeting != NULL)
    g_signal_connect_swapped (meeting, "participants-changed", G_CALLBACK (update_can_collect), self);
  update_can_collect (self);
}

static void
sw_vote_collector_dispose (GObject *object)
{
  SwVoteCollector *self = SW_VOTE_COLLECTOR (object);

  /* The server stops with the window; the page goes with its stack. */
  stop_collection (self);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_object (&self->meeting);
  self->stack = NULL;

  G_OBJECT_CLASS (sw_vote_collector_parent_class)->dispose (object);
}

static void
sw_vote_collector_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SwVoteCollector *self = SW_VOTE_COLLECTOR (object);

  switch (prop_id)
    {
    case PROP_CAN_COLLECT:
      g_value_set_boolean (value, self->can_collect);
      break;

    case PROP_COLLECTING:
      g_value_set_boolean (value, self->collection != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_vote_collector_class_init (SwVoteCollectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_vote_collector_dispose;
  object_class->get_property = sw_vote_collector_get_property;

  properties[PROP_CAN_COLLECT] =
    g_param_spec_boolean ("can-collect", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_COLLECTING] =
    g_param_spec_boolean ("collecting", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The collection stopped by itself: everyone has voted. */
  signals[CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_vote_collector_init (SwVoteCollector *self)
{
}
