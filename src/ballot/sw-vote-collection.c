/* sw-vote-collection.c — a meeting collecting ballots from the participants' devices
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The server reads and fills the meeting itself: each ballot goes into the
 * decision (sw_meeting_cast_ballot()), where the form, the pane and the blind
 * rule see it like any other change. This starts and stops the server and
 * stops it once everyone has voted.
 */

#include "config.h"

#include "sw-ballot-server.h"
#include "sw-vote-collection.h"

struct _SwVoteCollection
{
  GObject         parent_instance;

  SwMeeting     *meeting;
  SwBallotServer *server;     /* NULL until started */
  gboolean        running;
  guint           stop_id;
};

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_ADDRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SwVoteCollection, sw_vote_collection, G_TYPE_OBJECT)

SwVoteCollection *
sw_vote_collection_new (SwMeeting *meeting)
{
  SwVoteCollection *self;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);

  self = g_object_new (SW_TYPE_VOTE_COLLECTION, NULL);
  self->meeting = g_object_ref (meeting);
  return self;
}

SwMeeting *
sw_vote_collection_get_meeting (SwVoteCollection *self)
{
  g_return_val_if_fail (SW_IS_VOTE_COLLECTION (self), NULL);

  return self->meeting;
}

gboolean
sw_vote_collection_get_running (SwVoteCollection *self)
{
  g_return_val_if_fail (SW_IS_VOTE_COLLECTION (self), FALSE);

  return self->running;
}

const char *
sw_vote_collection_get_address (SwVoteCollection *self)
{
  g_return_val_if_fail (SW_IS_VOTE_COLLECTION (self), NULL);

  return self->server != NULL ? sw_ballot_server_get_address (self->server) : NULL;
}

void
sw_vote_collection_stop (SwVoteCollection *self)
{
  g_return_if_fail (SW_IS_VOTE_COLLECTION (self));

  g_clear_handle_id (&self->stop_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (self->meeting, self);
  if (self->server != NULL)
    sw_ballot_server_stop (self->server);
  if (!self->running)
    return;

  self->running = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* Not from inside the server's own request handler. */
static gboolean
stop_when_done (gpointer user_data)
{
  SwVoteCollection *self = user_data;

  self->stop_id = 0;
  sw_vote_collection_stop (self);
  return G_SOURCE_REMOVE;
}

/* Everyone the meeting names has voted (a ballot, or the room): the result
 * shows, ballots close. */
static void
check_closed (SwVoteCollection *self)
{
  if (self->running && !sw_ballot_server_is_open (self->server) && self->stop_id == 0)
    self->stop_id = g_idle_add (stop_when_done, self);
}

gboolean
sw_vote_collection_start (SwVoteCollection  *self,
                          const char        *listen,
                          GError           **error)
{
  g_return_val_if_fail (SW_IS_VOTE_COLLECTION (self), FALSE);
  g_return_val_if_fail (self->server == NULL, FALSE);

  self->server = sw_ballot_server_new (self->meeting);
  if (!sw_ballot_server_listen (self->server, listen, error))
    {
      /* Nothing listens; another address may be tried. */
      g_clear_object (&self->server);
      return FALSE;
    }

  g_signal_connect_swapped (self->meeting, "participants-changed", G_CALLBACK (check_closed), self);

  self->running = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  return TRUE;
}

static void
sw_vote_collection_dispose (GObject *object)
{
  SwVoteCollection *self = SW_VOTE_COLLECTION (object);

  if (self->meeting != NULL)
    sw_vote_collection_stop (self);
  /* The server borrows the decision: it goes first. */
  g_clear_object (&self->server);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (sw_vote_collection_parent_class)->dispose (object);
}

static void
sw_vote_collection_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SwVoteCollection *self = SW_VOTE_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, sw_vote_collection_get_address (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_vote_collection_class_init (SwVoteCollectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_vote_collection_dispose;
  object_class->get_property = sw_vote_collection_get_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_vote_collection_init (SwVoteCollection *self)
{
}
