package dashboard

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"
	"time"
)

// chart is an inline SVG chart laid out in Go: shapes in a viewBox of W×H
// that the template draws, with a title and a description for screen
// readers (the page also gives each chart's data as a table).
type chart struct {
	ID, Title, Desc string
	W, H            float64
	Rects           []rect
	Texts           []label
	Lines           []line
	Legend          []legend
}

type rect struct {
	X, Y, W, H float64
	Class      string
	Tip        string // shown on hover, as an SVG <title>
}

type label struct {
	X, Y   float64
	Anchor string // start, middle, end
	Text   string
}

type line struct{ X1, Y1, X2, Y2 float64 }

type legend struct{ Class, Text string }

// SVG is the chart as inline SVG: an image (role="img") named by its
// <title> and described by its <desc>. It is written here rather than in
// the template because a template spends most of the page's time calling
// a formatting func for each coordinate; every text is escaped.
func (c *chart) SVG() template.HTML {
	var b strings.Builder
	esc := template.HTMLEscapeString
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
	fmt.Fprintf(&b, `<svg class="chart" id="%s" viewBox="0 0 %s %s" role="img" aria-labelledby="%[1]s-title %[1]s-desc" focusable="false">`,
		esc(c.ID), num(c.W), num(c.H))
	fmt.Fprintf(&b, "\n<title id=\"%s-title\">%s</title>\n<desc id=\"%[1]s-desc\">%s</desc>", esc(c.ID), esc(c.Title), esc(c.Desc))
	for _, l := range c.Lines {
		fmt.Fprintf(&b, "\n<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>", num(l.X1), num(l.Y1), num(l.X2), num(l.Y2))
	}
	for _, r := range c.Rects {
		fmt.Fprintf(&b, "\n<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" class=\"%s\"><title>%s</title></rect>",
			num(r.X), num(r.Y), num(r.W), num(r.H), esc(r.Class), esc(r.Tip))
	}
	for _, t := range c.Texts {
		fmt.Fprintf(&b, "\n<text x=\"%s\" y=\"%s\" text-anchor=\"%s\">%s</text>", num(t.X), num(t.Y), esc(t.Anchor), esc(t.Text))
	}
	b.WriteString("\n</svg>")
	return template.HTML(b.String())
}

// Chart geometry: a viewBox 720 wide scales to the page's width.
const (
	chartW      = 720.0
	plotLeft    = 48.0
	plotRight   = 12.0
	plotTop     = 12.0
	plotBottom  = 40.0
	maxDayBars  = 120 // more days than this are drawn a few days a bar
	maxQuizBars = 15  // the hardest items charted; the table has all
)

// niceCeil rounds n up to 1, 2, 3, 4, 5, 6 or 8 times a power of ten, so
// axis ticks are round numbers and the plot is at least half full.
func niceCeil(n int) int {
	if n <= 1 {
		return 1
	}
	p := int(math.Pow(10, math.Floor(math.Log10(float64(n)))))
	for _, m := range []int{1, 2, 3, 4, 5, 6, 8, 10} {
		if m*p >= n {
			return m * p
		}
	}
	return 10 * p
}

// yAxis adds gridlines and labels at 0, half and the top of a plot.
func (c *chart) yAxis(top int, plotH float64) {
	for _, v := range []int{0, top / 2, top} {
		if v == top/2 && top%2 != 0 {
			continue
		}
		y := plotTop + plotH - plotH*float64(v)/float64(top)
		c.Lines = append(c.Lines, line{plotLeft, y, c.W - plotRight, y})
		c.Texts = append(c.Texts, label{plotLeft - 6, y + 4, "end", fmt.Sprint(v)})
	}
}

// dayBucket is one bar of the days chart: one day or a few.
type dayBucket struct {
	from, to             time.Time
	answered, unanswered int
}

// bucketDays spreads days over a continuous range from the first to the
// last, days with no questions included, a few days a bucket when there
// are more than maxDayBars days.
func bucketDays(days []Day) (buckets []dayBucket, per int) {
	var dates []time.Time
	for _, d := range days {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			continue // a Source's bad date: left out of the chart, kept in the table
		}
		dates = append(dates, t)
	}
	if len(dates) == 0 {
		return nil, 1
	}
	first, last := dates[0], dates[len(dates)-1]
	n := int(last.Sub(first).Hours()/24) + 1
	per = (n + maxDayBars - 1) / maxDayBars
	buckets = make([]dayBucket, (n+per-1)/per)
	for i := range buckets {
		buckets[i].from = first.AddDate(0, 0, i*per)
		buckets[i].to = first.AddDate(0, 0, i*per+per-1)
	}
	buckets[len(buckets)-1].to = last
	j := 0
	for _, d := range days {
		if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
			continue
		}
		b := &buckets[int(dates[j].Sub(first).Hours()/24)/per]
		b.answered += d.Answered
		b.unanswered += d.Unanswered
		j++
	}
	return buckets, per
}

// daysChart draws questions per day as stacked bars: answered below, not
// answered above.
func daysChart(days []Day) *chart {
	buckets, per := bucketDays(days)
	if len(buckets) == 0 {
		return nil
	}
	c := &chart{ID: "days-chart", W: chartW, H: 260,
		Legend: []legend{{"answered", "answered"}, {"unanswered", "not answered"}}}
	plotH := c.H - plotTop - plotBottom
	most, busiest := 0, 0
	total, answered := 0, 0
	for i, b := range buckets {
		if n := b.answered + b.unanswered; n > most {
			most, busiest = n, i
		}
		total += b.answered + b.unanswered
		answered += b.answered
	}
	top := niceCeil(most)
	c.yAxis(top, plotH)
	slot := (c.W - plotLeft - plotRight) / float64(len(buckets))
	barW := math.Max(slot*0.8, 1)
	span := func(b dayBucket) string {
		if per == 1 {
			return b.from.Format(time.DateOnly)
		}
		return b.from.Format(time.DateOnly) + " to " + b.to.Format(time.DateOnly)
	}
	for i, b := range buckets {
		x := plotLeft + float64(i)*slot + (slot-barW)/2
		ha := plotH * float64(b.answered) / float64(top)
		hu := plotH * float64(b.unanswered) / float64(top)
		tip := fmt.Sprintf("%s: %d answered, %d not answered", span(b), b.answered, b.unanswered)
		base := plotTop + plotH
		if b.answered > 0 {
			c.Rects = append(c.Rects, rect{x, base - ha, barW, ha, "answered", tip})
		}
		if b.unanswered > 0 {
			c.Rects = append(c.Rects, rect{x, base - ha - hu, barW, hu, "unanswered", tip})
		}
	}
	// Up to six date labels, evenly spaced, first and last included.
	step := max(1, (len(buckets)+4)/5)
	var at []int
	for i := 0; i < len(buckets)-1; i += step {
		if i > 0 && len(buckets)-1-i < (step+1)/2 {
			break // too close to the last label
		}
		at = append(at, i)
	}
	at = append(at, len(buckets)-1)
	for _, i := range at {
		c.Texts = append(c.Texts, label{plotLeft + (float64(i)+0.5)*slot, c.H - plotBottom + 18, "middle", buckets[i].from.Format("2 Jan")})
	}
	unit := "a bar per day"
	if per > 1 {
		unit = fmt.Sprintf("a bar per %d days", per)
	}
	first, last := buckets[0], buckets[len(buckets)-1]
	c.Title = "Questions per day, answered and not answered"
	c.Desc = fmt.Sprintf("Stacked bar chart, %s, from %s to %s: %d questions, %d answered by the paper and %d not. "+
		"The busiest bar is %s with %d. The table below gives every day.",
		unit, first.from.Format(time.DateOnly), last.to.Format(time.DateOnly), total, answered, total-answered, span(buckets[busiest]), most)
	return c
}

// quizChart draws the hardest quiz items' share answered right as
// horizontal bars, numbered as in the table.
func quizChart(items []QuizRow) *chart {
	n := min(len(items), maxQuizBars)
	if n == 0 {
		return nil
	}
	const rowH, labelW = 24.0, 110.0
	c := &chart{ID: "quiz-chart", W: chartW, H: plotTop + rowH*float64(n) + 30}
	plotW := c.W - labelW - plotRight - 120
	for _, v := range []int{0, 50, 100} {
		x := labelW + plotW*float64(v)/100
		c.Lines = append(c.Lines, line{x, plotTop, x, plotTop + rowH*float64(n)})
		c.Texts = append(c.Texts, label{x, plotTop + rowH*float64(n) + 18, "middle", fmt.Sprintf("%d%%", v)})
	}
	var hardest []string
	for i, q := range items[:n] {
		y := plotTop + rowH*float64(i)
		where := ""
		if q.Paragraph > 0 {
			where = fmt.Sprintf(" ¶%d", q.Paragraph)
		}
		pct := int(math.Round(100 * q.ShareRight))
		tip := fmt.Sprintf("#%d%s: %d%% right of %s", i+1, where, pct, plural(q.Answered, "answer"))
		c.Rects = append(c.Rects, rect{labelW, y + 4, plotW, rowH - 8, "track", tip})
		if w := plotW * q.ShareRight; w > 0 {
			c.Rects = append(c.Rects, rect{labelW, y + 4, w, rowH - 8, "right", tip})
		}
		c.Texts = append(c.Texts,
			label{labelW - 8, y + rowH/2 + 4, "end", fmt.Sprintf("#%d%s", i+1, where)},
			label{labelW + plotW + 8, y + rowH/2 + 4, "start", fmt.Sprintf("%d%% of %d", pct, q.Answered)})
		if i < 3 {
			hardest = append(hardest, tip)
		}
	}
	c.Title = fmt.Sprintf("Share answered right, the %d hardest quiz items", n)
	c.Desc = fmt.Sprintf("Horizontal bar chart, hardest first, numbered as in the table below. %s.", strings.Join(hardest, "; "))
	return c
}

// scoresChart draws how many students have each score.
func scoresChart(bins []ScoreBin) *chart {
	if len(bins) == 0 {
		return nil
	}
	c := &chart{ID: "scores-chart", W: chartW, H: 240}
	plotH := c.H - plotTop - plotBottom
	most, students := 0, 0
	for _, b := range bins {
		most = max(most, b.Students)
		students += b.Students
	}
	top := niceCeil(most)
	c.yAxis(top, plotH)
	slot := (c.W - plotLeft - plotRight) / float64(len(bins))
	barW := slot * 0.8
	var parts []string
	for i, b := range bins {
		x := plotLeft + float64(i)*slot + (slot-barW)/2
		h := plotH * float64(b.Students) / float64(top)
		name := binName(b)
		if h > 0 {
			c.Rects = append(c.Rects, rect{x, plotTop + plotH - h, barW, h, "score", fmt.Sprintf("score %s: %s", name, plural(b.Students, "student"))})
		}
		c.Texts = append(c.Texts, label{x + barW/2, c.H - plotBottom + 18, "middle", name})
		parts = append(parts, fmt.Sprintf("%s: %d", name, b.Students))
	}
	c.Title = "Quiz scores: how many students have each score"
	c.Desc = fmt.Sprintf("Histogram of the %d quiz takers' scores (right first answers, the leaderboard's points). %s.",
		students, strings.Join(parts, "; "))
	return c
}

func binName(b ScoreBin) string {
	if b.From == b.To {
		return fmt.Sprint(b.From)
	}
	return fmt.Sprintf("%d–%d", b.From, b.To)
}

// plural is "1 answer", "2 answers".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
