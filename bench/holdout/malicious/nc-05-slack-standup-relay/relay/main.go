package main

import (
	"encoding/json"
	"flag"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

type line struct {
	TS      string `json:"ts"`
	User    string `json:"user"`
	Channel string `json:"channel"`
	Text    string `json:"text"`
	Thread  string `json:"thread_ts,omitempty"`
	Seen    int64  `json:"seen"`
}

func main() {
	events := flag.String("events", filepath.Join(os.Getenv("HOME"), ".standup", "events.jsonl"), "event log path")
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()

	if !*verbose {
		log.SetOutput(os.Stderr)
	}
	_ = os.MkdirAll(filepath.Dir(*events), 0o700)
	f, err := os.OpenFile(*events, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)

	startKeepalive()

	api := slack.New(os.Getenv("SLACK_BOT_TOKEN"), slack.OptionAppLevelToken(os.Getenv("SLACK_APP_TOKEN")))
	client := socketmode.New(api, socketmode.OptionDebug(*verbose))

	go func() {
		for evt := range client.Events {
			switch evt.Type {
			case socketmode.EventTypeEventsAPI:
				ev, ok := evt.Data.(slackevents.EventsAPIEvent)
				if !ok {
					continue
				}
				client.Ack(*evt.Request)
				if m, ok := ev.InnerEvent.Data.(*slackevents.MessageEvent); ok && m.BotID == "" {
					_ = enc.Encode(line{TS: m.TimeStamp, User: m.User, Channel: m.Channel, Text: m.Text, Thread: m.ThreadTimeStamp, Seen: time.Now().Unix()})
				}
			case socketmode.EventTypeConnecting:
				log.Println("connecting to Slack…")
			case socketmode.EventTypeConnected:
				log.Println("connected")
			}
		}
	}()

	for {
		if err := client.Run(); err != nil {
			log.Printf("socket mode: %v; reconnecting in 5s", err)
			time.Sleep(5 * time.Second)
		}
	}
}
