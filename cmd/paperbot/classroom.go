package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"paperbot/answer"
	"paperbot/classroom"
)

// The classroom material as a teacher would hand it out: every quiz item
// (the answers apart, with --key), the timeline, the discussion of a
// topic. The same generators the bot uses, so what a reader judges here is
// what the class gets.

// quizItem is a quiz in JSON, with its answer.
type quizItem struct {
	ID        string    `json:"id"`
	Kind      string    `json:"kind"`
	Question  string    `json:"question"`
	Choices   [4]string `json:"choices"`
	Answer    int       `json:"answer"`
	Section   string    `json:"section"`
	Page      int       `json:"page"`
	Paragraph int       `json:"paragraph"`
	Sentence  string    `json:"sentence"`
	Note      string    `json:"note,omitempty"`
}

func cmdQuiz(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("quiz", &c, getenv, stderr)
	all := fs.Bool("all", false, "every item, not one at random")
	key := fs.Bool("key", false, "print the answer key (answers, source sentence, page and ¶) instead of the questions")
	section := fs.String("section", "", "only items from sections whose title contains this")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("quiz: unexpected argument %q (usage: paperbot quiz [--all] [--key] [--section S] [--json])", fs.Arg(0))
	}
	p, err := loadPaper(c.paperPath)
	if err != nil {
		return err
	}
	plain, err := loadPlain(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	qz := classroom.NewQuizzer(p, plain)
	var items []classroom.Quiz
	if *all {
		want := strings.ToLower(*section)
		for _, q := range qz.All() {
			if strings.Contains(strings.ToLower(q.Section), want) {
				items = append(items, q)
			}
		}
	} else {
		q, err := qz.Pick(*section, rand.New(rand.NewPCG(rand.Uint64(), 0)))
		if err != nil {
			return usagef("quiz: %v", err)
		}
		items = []classroom.Quiz{q}
	}
	if c.json {
		out := make([]quizItem, len(items))
		for i, q := range items {
			out[i] = quizItem{q.ID, q.Kind, q.Question, q.Choices, q.Answer, q.Section, q.Page, q.Paragraph, q.Sentence, q.Note}
		}
		return writeJSON(stdout, out)
	}
	for i, q := range items {
		if *key {
			fmt.Fprintf(stdout, "%d. %c. %s\n   %s (%s, p. %d, ¶%d)\n", i+1, 'A'+q.Answer, q.Choices[q.Answer], q.Sentence, q.Section, q.Page, q.Paragraph)
			continue
		}
		fmt.Fprintf(stdout, "%d. %s\n", i+1, strings.TrimPrefix(q.Question, "Complete: "))
		if q.Note != "" {
			fmt.Fprintf(stdout, "   (%s)\n", q.Note)
		}
		for k, ch := range q.Choices {
			fmt.Fprintf(stdout, "   %c. %s\n", 'A'+k, ch)
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

func cmdTimeline(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("timeline", &c, getenv, stderr)
	from := fs.Int("from", 0, "from this year")
	to := fs.Int("to", 0, "to this year")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	p, err := loadPaper(c.paperPath)
	if err != nil {
		return err
	}
	plain, err := loadPlain(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	evs := classroom.Between(classroom.Timeline(p, plain), *from, *to)
	if c.json {
		if evs == nil {
			evs = []classroom.Event{}
		}
		return writeJSON(stdout, evs)
	}
	if len(evs) == 0 {
		fmt.Fprintln(stdout, "No dated events in the paper between those years.")
	}
	for _, e := range evs {
		fmt.Fprintf(stdout, "%s: %s (%s)\n", e.When, e.Text, e.Where())
	}
	return nil
}

func cmdDiscuss(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("discuss", &c, getenv, stderr)
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	topic := answer.Clean(strings.Join(fs.Args(), " "))
	if topic == "" {
		return usagef("discuss: no topic (usage: paperbot discuss [--json] TOPIC...)")
	}
	e, err := loadEngineWith(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	plain, err := loadPlain(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	a, err := e.Ask(topic, answer.MaxK)
	if err != nil {
		return usagef("discuss: %v", err)
	}
	var ranked []classroom.Ranked
	for _, h := range a.Hits {
		ranked = append(ranked, classroom.Ranked{Paragraph: h.Paragraph, Score: h.Score})
	}
	d := classroom.Discuss(e.Paper, plain, topic, ranked)
	if c.json {
		if d.Paragraphs == nil {
			d.Paragraphs = []int{}
		}
		if d.Prompts == nil {
			d.Prompts = []classroom.Prompt{}
		}
		if d.Passages == nil {
			d.Passages = []classroom.Passage{}
		}
		return writeJSON(stdout, d)
	}
	if len(d.Paragraphs) == 0 {
		fmt.Fprintf(stdout, "The paper has nothing on %q to discuss: try other words.\n", topic)
		return nil
	}
	fmt.Fprintf(stdout, "Discussion: %s\n\n", topic)
	if d.Passing {
		fmt.Fprintln(stdout, d.Note)
		return nil
	}
	for k, pr := range d.Prompts {
		fmt.Fprintf(stdout, "%d. %s\n\n", k+1, pr.Text)
	}
	if d.Note != "" {
		fmt.Fprintf(stdout, "%s\n\n", d.Note)
	}
	fmt.Fprintln(stdout, "Passages (in plain English):")
	for _, ps := range d.Passages {
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, ps.Where())
		fmt.Fprintln(stdout)
		if ps.Notes() != "" {
			for _, line := range wrap(ps.Notes(), 96) {
				fmt.Fprintln(stdout, line)
			}
			fmt.Fprintln(stdout)
		}
		for _, line := range wrap(ps.Text, 96) {
			fmt.Fprintln(stdout, line)
		}
	}
	return nil
}
