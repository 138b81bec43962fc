/* test-collect-view.c — Collect Votes in the window: the address and its QR code, ballots over real HTTP, the server stopped
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything listens on and talks to 127.0.0.1 only (STACKWISE_LISTEN), and
 * every wait is bounded.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <qrencode.h>

#include "sw-application.h"
#include "sw-collect-view.h"
#include "sw-decision-form.h"
#include "sw-qr-code.h"
#include "sw-recommendation-pane.h"
#include "sw-test.h"
#include "sw-window.h"

#define WAIT_MS 10000

typedef struct
{
  GApplication *app;
  SwWindow     *window;
  SoupSession  *session;
} Fixture;

static SwMeeting *
meeting_of (Fixture *fixture)
{
  return sw_window_get_meeting (fixture->window);
}

/* A blind vote of Ana, Ben and Cleo, nobody voted yet, Ben at the sliders. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  SwMeeting *meeting;

  g_settings_reset (settings, "weights");
  g_settings_reset (settings, "page");

  fixture->app = sw_test_application_new ();
  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1600, 1000);
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));

  meeting = meeting_of (fixture);
  sw_test_add_ana_ben_cleo (meeting);
  sw_meeting_set_blind (meeting, TRUE);
  sw_meeting_set_active_participant (meeting, 1);
  sw_test_iterate ();

  /* No proxy, no settings service: straight to 127.0.0.1. */
  fixture->session = soup_session_new_with_options ("proxy-resolver", NULL, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->session);
  sw_test_close_window (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
}

static SwCollectView *
collect_view (Fixture *fixture)
{
  return SW_COLLECT_VIEW (sw_test_find_descendant (GTK_WIDGET (fixture->window), SW_TYPE_COLLECT_VIEW, NULL));
}

static GtkStack *
page_stack (Fixture *fixture)
{
  return GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (fixture->window), SW_TYPE_WINDOW, "page_stack"));
}

/* Starts collecting through the action, and returns the address shown. */
static char *
start_collecting (Fixture *fixture)
{
  SwCollectView *view;
  const char *address;

  g_assert_null (sw_test_find_descendant (GTK_WIDGET (fixture->window), SW_TYPE_COLLECT_VIEW, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.collect-votes", NULL));
  sw_test_iterate ();

  view = collect_view (fixture);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack (fixture)), ==, "collect");

  address = sw_collect_view_get_address (view);
  g_assert_true (g_str_has_prefix (address, "http://127.0.0.1:"));
  g_assert_true (g_str_has_suffix (address, "/"));
  return g_strdup (address);
}

static guint16
port_of (const char *address)
{
  const char *colon = strchr (address + strlen ("http://"), ':');

  g_assert_nonnull (colon);
  return (guint16) g_ascii_strtoull (colon + 1, NULL, 10);
}

/* Whether anything accepts a connection there (on the loopback address only). */
static gboolean
port_accepts (guint16 port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_client_set_timeout (client, 5);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, &error);
  if (connection != NULL)
    return TRUE;
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
  return FALSE;
}

typedef struct
{
  gboolean  done;
  guint     status;
  char     *reply;
} Reply;

static void
ballot_sent (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Reply *reply = data;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);

  reply->status = soup_message_get_status (msg);
  if (body != NULL)
    reply->reply = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  reply->done = TRUE;
}

static gboolean
reply_done (gpointer data)
{
  return ((Reply *) data)->done;
}

/* POSTs a ballot with every criterion at `weight` through real HTTP, while
 * the window's main loop serves it; returns the status. */
static guint
post_ballot (Fixture    *fixture,
             const char *address,
             const char *name,
             double      weight)
{
  SwDataset *dataset = sw_meeting_get_dataset (meeting_of (fixture));
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *uri = g_strconcat (address, "ballot", NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", uri);
  g_autoptr(GBytes) bytes = NULL;
  Reply reply = { 0, };

  g_string_append_printf (body, "{\"name\": \"%s\", \"weights\": {", name);
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    g_string_append_printf (body, "%s\"%s\": %g", c > 0 ? ", " : "",
                            sw_dataset_get_criterion (dataset, c)->id, weight);
  g_string_append (body, "}}");
  bytes = g_bytes_new (body->str, body->len);
  soup_message_set_request_body_from_bytes (msg, "application/json", bytes);

  soup_session_send_and_read_async (fixture->session, msg, G_PRIORITY_DEFAULT, NULL, ballot_sent, &reply);
  g_assert_true (sw_test_wait_until (reply_done, &reply, WAIT_MS));
  sw_test_iterate ();
  g_free (reply.reply);
  return reply.status;
}

static int
find_participant (SwMeeting *meeting,
                  const char *name)
{
  for (guint p = 0; p < sw_meeting_get_n_participants (meeting); p++)
    if (g_str_equal (sw_meeting_get_participant_name (meeting, p), name))
      return (int) p;
  return -1;
}

/* The chip that names `name` in the view: "voted", "waiting", or NULL. */
static const char *
voter_state (SwCollectView *view,
             const char    *name)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), SW_TYPE_COLLECT_VIEW, "voter_box"));

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      GtkWidget *label = gtk_widget_get_last_child (chip);

      if (g_str_equal (gtk_label_get_text (GTK_LABEL (label)), name))
        return gtk_widget_has_css_class (chip, "voted") ? "voted" : "waiting";
    }
  return NULL;
}

static const char *
count_text (SwCollectView *view)
{
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (view), SW_TYPE_COLLECT_VIEW,
                                                                       "count_label")));
}

static void
test_ballot (Fixture       *fixture,
             gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  SwDecisionForm *form = SW_DECISION_FORM (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                          SW_TYPE_WINDOW, "decision_form"));
  g_autofree char *address = start_collecting (fixture);
  SwCollectView *view = collect_view (fixture);
  guint16 port = port_of (address);
  int ben;

  g_assert_cmpstr (voter_state (view, "Ben"), ==, "waiting");
  g_assert_cmpstr (count_text (view), ==, "0 of 3 have voted");
  g_assert_false (sw_decision_form_get_sealed (form));

  /* Ben votes from his phone: the ballot lands in the meeting, the view
   * marks him, and the blind rule seals his sliders on the shared screen. */
  g_assert_cmpuint (post_ballot (fixture, address, "Ben", 7), ==, SOUP_STATUS_OK);
  ben = find_participant (meeting, "Ben");
  g_assert_cmpint (ben, ==, 1);
  g_assert_true (sw_meeting_get_participant_voted (meeting, ben));
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, ben)[0], ==, 7);
  g_assert_cmpstr (voter_state (view, "Ben"), ==, "voted");
  g_assert_cmpstr (count_text (view), ==, "1 of 3 has voted");
  g_assert_true (sw_decision_form_get_sealed (form));
  /* A ballot from a device is not taken back by Undo. */
  g_assert_false (sw_meeting_can_undo (meeting));

  /* A name the meeting does not have joins it, without taking the sliders. */
  g_assert_cmpuint (post_ballot (fixture, address, "Dana", 3), ==, SOUP_STATUS_OK);
  g_assert_cmpint (find_participant (meeting, "Dana"), ==, 3);
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  g_assert_cmpstr (voter_state (view, "Dana"), ==, "voted");
  g_assert_cmpstr (count_text (view), ==, "2 of 4 have voted");

  /* Someone who voted in the room cannot be voted for from a device. */
  sw_meeting_set_participant_voted (meeting, 0, TRUE);
  sw_test_iterate ();
  g_assert_cmpstr (voter_state (view, "Ana"), ==, "voted");
  g_assert_cmpuint (post_ballot (fixture, address, "Ana", 1), ==, SOUP_STATUS_FORBIDDEN);
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 0)[0], !=, 1);

  /* The last ballot reveals the result and closes the collection by itself. */
  g_assert_cmpuint (post_ballot (fixture, address, "Cleo", 5), ==, SOUP_STATUS_OK);
  g_assert_true (sw_meeting_get_everyone_voted (meeting));
  for (guint i = 0; i < 100 && collect_view (fixture) != NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (collect_view (fixture));
  g_assert_false (port_accepts (port));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack (fixture)), ==, "decide");
  g_assert_false (sw_decision_form_get_sealed (form));
}

static void
test_stop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *address = start_collecting (fixture);
  guint16 port = port_of (address);

  g_assert_true (port_accepts (port));
  /* The view's own button, which goes with the view. */
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (collect_view (fixture)), SW_TYPE_COLLECT_VIEW,
                                                        "stop_button"), "clicked");
  sw_test_iterate ();
  g_assert_false (port_accepts (port));
  g_assert_null (collect_view (fixture));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack (fixture)), ==, "decide");
  /* The page is gone from the list of pages too. */
  g_assert_null (gtk_stack_get_child_by_name (page_stack (fixture), "collect"));

  /* And it starts again, on another port, with a fresh address. */
  {
    g_autofree char *again = start_collecting (fixture);

    g_assert_cmpstr (again, !=, address);
    g_assert_true (port_accepts (port_of (again)));
  }
}

static void
test_close_meeting (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *address = start_collecting (fixture);
  guint16 port = port_of (address);

  g_assert_true (port_accepts (port));
  /* Saved, so that New closes it without asking. */
  sw_meeting_set_modified (meeting_of (fixture), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-meeting", NULL));
  sw_test_iterate ();
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting_of (fixture)), ==, 0);
  g_assert_false (port_accepts (port));
  g_assert_null (collect_view (fixture));
  /* One person alone has nobody to collect from. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.collect-votes", NULL) &&
                  collect_view (fixture) != NULL);
}

static void
test_destroy (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *address = start_collecting (fixture);
  guint16 port = port_of (address);

  g_assert_true (port_accepts (port));
  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&fixture->window)));
  sw_test_iterate ();
  g_assert_false (port_accepts (port));
}

/* The QR code as drawn on screen, as an RGBA texture. */
static GdkTexture *
render_qr (SwQrCode *qr)
{
  int width = gtk_widget_get_width (GTK_WIDGET (qr));
  int height = gtk_widget_get_height (GTK_WIDGET (qr));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (qr));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (qr)));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
test_qr_code (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *address = start_collecting (fixture);
  SwCollectView *view = collect_view (fixture);
  SwQrCode *qr = SW_QR_CODE (gtk_widget_get_template_child (GTK_WIDGET (view), SW_TYPE_COLLECT_VIEW, "qr_code"));
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stackwise-qr-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "qr.png", NULL);
  g_autofree char *zbarimg = g_find_program_in_path ("zbarimg");
  QRcode *expected;
  int width, height, left = -1, top = -1, right = -1, module;

  g_assert_cmpstr (sw_qr_code_get_text (qr), ==, address);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (qr));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (qr));
  texture = render_qr (qr);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (MIN (width, height), >=, 300);

  /* A phone's decoder reads back exactly the address shown. */
  g_assert_true (gdk_texture_save_to_png (texture, png));
  if (zbarimg != NULL)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = 0;
      const char *argv[] = { zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_strchomp (out);
      g_assert_cmpstr (out, ==, address);
    }
  else
    g_test_message ("zbarimg is not installed (zbar-tools): only the matrix is checked");

  /* Every module, sampled at its centre, is libqrencode's for the same text,
   * each a whole number of pixels, within a white quiet zone. */
  expected = QRcode_encodeString (address, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  g_assert_nonnull (expected);
  g_assert_cmpuint (sw_qr_code_get_modules (qr), ==, (guint) expected->width);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
/* Opaque and dark: around the white square the widget draws nothing. */
#define PIXEL(x, y) (pixels + ((gsize) (y) * width + (x)) * 4)
#define DARK(x, y) (PIXEL (x, y)[3] > 128 && PIXEL (x, y)[1] < 128)
  for (int y = 0; y < height && top < 0; y++)
    for (int x = 0; x < width; x++)
      if (DARK (x, y))
        {
          top = y;
          left = x;
          break;
        }
  for (int x = width - 1; x >= 0 && right < 0; x--)
    if (DARK (x, top))
      right = x;
  g_assert_cmpint (top, >=, 0);
  g_assert_cmpint ((right - left + 1) % expected->width, ==, 0);
  module = (right - left + 1) / expected->width;
  g_assert_cmpint (module, >=, 3);
  g_assert_cmpint (left, >=, SW_QR_CODE_QUIET_ZONE * module);
  g_assert_cmpint (PIXEL (left - SW_QR_CODE_QUIET_ZONE * module, top)[3], ==, 255);
  g_assert_cmpint (PIXEL (left - SW_QR_CODE_QUIET_ZONE * module, top)[1], ==, 255);
  g_assert_cmpint (PIXEL (left - 1, top)[1], ==, 255);
  for (int row = 0; row < expected->width; row++)
    for (int col = 0; col < expected->width; col++)
      {
        gboolean dark = expected->data[row * expected->width + col] & 1;

        g_assert_cmpint (DARK (left + col * module + module / 2, top + row * module + module / 2), ==, dark);
      }
#undef DARK
#undef PIXEL
  QRcode_free (expected);
  g_remove (png);
  g_rmdir (dir);
}

/* The button below @root that activates @action. */
static GtkWidget *
button_for (GtkWidget  *root,
            const char *action)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = button_for (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A computer with no local-network address: the page says so; Try Again
 * finds none again; Use This Computer Only collects on 127.0.0.1. */
static void
test_no_network (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *listen = g_strdup (g_getenv ("STACKWISE_LISTEN"));
  SwCollectView *view;
  GtkStack *states;
  AdwStatusPage *page;
  GtkWidget *retry;
  GtkWidget *loopback;
  const char *address;

  g_unsetenv ("STACKWISE_LISTEN");
  g_setenv ("STACKWISE_NO_LOCAL_NETWORK", "1", TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.collect-votes", NULL));
  sw_test_iterate ();

  view = collect_view (fixture);
  g_assert_nonnull (view);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack (fixture)), ==, "collect");
  states = GTK_STACK (adw_bin_get_child (ADW_BIN (view)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (states), ==, "no-network");
  page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (states));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Local Network");
  g_assert_nonnull (strstr (adw_status_page_get_description (page),
                            "This computer has no address on a local network"));
  g_assert_cmpstr (sw_collect_view_get_address (view), ==, "");

  /* Try Again: still no address, still the same page. */
  retry = button_for (GTK_WIDGET (page), "collect.retry");
  g_assert_true (gtk_widget_get_mapped (retry));
  g_signal_emit_by_name (retry, "clicked");
  sw_test_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (states), ==, "no-network");

  /* This computer only: the address is the loopback one. */
  loopback = button_for (GTK_WIDGET (page), "collect.loopback");
  g_assert_true (gtk_widget_get_mapped (loopback));
  g_signal_emit_by_name (loopback, "clicked");
  sw_test_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (states), ==, "collecting");
  address = sw_collect_view_get_address (view);
  g_assert_true (g_str_has_prefix (address, "http://127.0.0.1:"));

  g_unsetenv ("STACKWISE_NO_LOCAL_NETWORK");
  g_setenv ("STACKWISE_LISTEN", listen, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  /* The loopback address, never the machine's network ones. */
  g_setenv ("STACKWISE_LISTEN", "127.0.0.1:0", TRUE);
  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/stackwise/collect-view/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("ballot", test_ballot);
  ADD ("stop", test_stop);
  ADD ("close-meeting", test_close_meeting);
  ADD ("destroy", test_destroy);
  ADD ("qr-code", test_qr_code);
  ADD ("no-network", test_no_network);
#undef ADD

  return g_test_run ();
}
