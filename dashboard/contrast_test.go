package dashboard

import (
	"math"
	"regexp"
	"strconv"
	"testing"
)

// cssColor finds property prop ("color", "background", "fill") in the rule
// for selector in page.css.
func cssColor(t *testing.T, selector, prop string) string {
	t.Helper()
	rule := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(selector) + ` \{([^}]*)\}`).FindStringSubmatch(pageCSS)
	if rule == nil {
		t.Fatalf("page.css has no rule %q", selector)
	}
	v := regexp.MustCompile(`(?:^|[ ;])` + prop + `: #([0-9a-f]{6}|[0-9a-f]{3})\b`).FindStringSubmatch(rule[1])
	if v == nil {
		return ""
	}
	if h := v[1]; len(h) == 3 {
		return "#" + string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	return "#" + v[1]
}

// contrast is the WCAG 2 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	lum := func(hex string) float64 {
		var l float64
		for i, w := range []float64{0.2126, 0.7152, 0.0722} {
			c, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
			s := float64(c) / 255
			if s <= 0.03928 {
				s /= 12.92
			} else {
				s = math.Pow((s+0.055)/1.055, 2.4)
			}
			l += w * s
		}
		return l
	}
	x, y := lum(a), lum(b)
	return (math.Max(x, y) + 0.05) / (math.Min(x, y) + 0.05)
}

// TestContrast checks the page's colours against WCAG 2.1 AA: text 4.5:1
// on its background (every heat-map shade with its text colour), chart
// marks 3:1 against the white page.
func TestContrast(t *testing.T) {
	text := cssColor(t, "body", "color")
	page := cssColor(t, "body", "background")
	if text == "" || page == "" {
		t.Fatalf("page.css: body colour %q on %q", text, page)
	}
	for _, c := range []struct{ name, fg, bg string }{
		{"body text", text, page},
		{"muted text", cssColor(t, ".muted", "color"), page},
		{"links", cssColor(t, "a", "color"), page},
	} {
		if r := contrast(c.fg, c.bg); r < 4.5 {
			t.Errorf("%s %s on %s: %.2f:1, want 4.5:1", c.name, c.fg, c.bg, r)
		}
	}
	for i := 0; i <= 5; i++ {
		sel := ".h" + strconv.Itoa(i)
		bg, fg := cssColor(t, sel, "background"), cssColor(t, sel, "color")
		if bg == "" {
			t.Fatalf("page.css: %s has no background", sel)
		}
		if fg == "" {
			fg = text
		}
		if r := contrast(fg, bg); r < 4.5 {
			t.Errorf("heat shade %s: text %s on %s: %.2f:1, want 4.5:1", sel, fg, bg, r)
		}
	}
	for _, sel := range []string{"svg .answered, svg .right, svg .score, .swatch.answered", "svg .unanswered, .swatch.unanswered"} {
		fill := cssColor(t, sel, "fill")
		if fill == "" {
			t.Fatalf("page.css: %s has no fill", sel)
		}
		if r := contrast(fill, page); r < 3 {
			t.Errorf("chart colour %s: %.2f:1 on the page, want 3:1", sel, r)
		}
	}
}
