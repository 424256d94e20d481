package dashboard

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"
)

var (
	testKey  = []byte("0123456789abcdef0123456789abcdef")
	otherKey = []byte("fedcba9876543210fedcba9876543210")
)

func TestVerify(t *testing.T) {
	now := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	const guild = "111222333444555666"
	good := Sign(testKey, guild, now.Add(TokenTTL))
	p64, m64, _ := strings.Cut(good, ".")
	// A token whose payload names another guild but keeps good's MAC.
	moved := base64.RawURLEncoding.EncodeToString([]byte("999."+strings.SplitN(mustDecode(t, p64), ".", 2)[1])) + "." + m64
	flipped := []byte(m64)
	flipped[3] ^= 1
	for _, tc := range []struct {
		name  string
		token string
		guild string
		now   time.Time
		want  error
	}{
		{"valid", good, guild, now, nil},
		{"valid until the last second", good, guild, now.Add(TokenTTL - time.Second), nil},
		{"missing", "", guild, now, ErrNoToken},
		{"expired at expiry", good, guild, now.Add(TokenTTL), ErrExpired},
		{"expired long ago", good, guild, now.Add(30 * 24 * time.Hour), ErrExpired},
		{"another server's", good, "777", now, ErrOtherServer},
		{"signed with another key", Sign(otherKey, guild, now.Add(TokenTTL)), guild, now, ErrForged},
		{"MAC changed", p64 + "." + string(flipped), guild, now, ErrForged},
		{"payload changed to another server", moved, "999", now, ErrForged},
		{"payload alone", p64, guild, now, ErrForged},
		{"not base64", "!!!.???", guild, now, ErrForged},
		{"empty MAC", p64 + ".", guild, now, ErrForged},
		{"garbage", "hello", guild, now, ErrForged},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Verify(testKey, tc.token, tc.guild, tc.now)
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
		})
	}
	if err := Verify(nil, good, guild, now); !errors.Is(err, ErrForged) {
		t.Errorf("Verify with no key = %v, want ErrForged", err)
	}
	if exp, err := tokenExpiry(good); err != nil || !exp.Equal(now.Add(TokenTTL)) {
		t.Errorf("tokenExpiry = %v, %v; want %v", exp, err, now.Add(TokenTTL))
	}
}

func mustDecode(t *testing.T, s string) string {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseSecret(t *testing.T) {
	hex64 := strings.Repeat("ab", 32)
	for _, tc := range []struct {
		in      string
		wantLen int // 0: an error
	}{
		{hex64, 32},
		{strings.ToUpper(hex64) + "\n", 32},
		{strings.Repeat("ab", 48), 48},
		{base64.StdEncoding.EncodeToString(testKey), 32},
		{base64.RawURLEncoding.EncodeToString(append(testKey, 0xfb, 0xff)), 34},
		{"", 0},
		{"   ", 0},
		{strings.Repeat("ab", 16), 0}, // 16 bytes: too short
		{"correct horse battery staple", 0},
		{base64.StdEncoding.EncodeToString([]byte("short")), 0},
	} {
		key, err := ParseSecret(tc.in)
		if tc.wantLen == 0 {
			if err == nil {
				t.Errorf("ParseSecret(%q) = %x, want an error", tc.in, key)
			} else if !strings.Contains(err.Error(), "PAPERBOT_SECRET") {
				t.Errorf("ParseSecret(%q) error %q does not name PAPERBOT_SECRET", tc.in, err)
			}
			continue
		}
		if err != nil || len(key) != tc.wantLen {
			t.Errorf("ParseSecret(%q) = %d bytes, %v; want %d bytes", tc.in, len(key), err, tc.wantLen)
		}
	}
}

// keeper is a kept key as a database row would hold it: the first put wins.
type keeper struct {
	key            []byte
	puts           int
	getErr, putErr error
}

func (k *keeper) get() ([]byte, error) { return k.key, k.getErr }
func (k *keeper) put(b []byte) error {
	k.puts++
	if k.putErr != nil {
		return k.putErr
	}
	if k.key == nil {
		k.key = append([]byte(nil), b...)
	}
	return nil
}

func TestLoadOrCreateKey(t *testing.T) {
	random := bytes.NewReader(bytes.Repeat([]byte{7}, 64))
	t.Run("the secret wins", func(t *testing.T) {
		k := &keeper{key: otherKey}
		key, err := LoadOrCreateKey(strings.Repeat("ab", 32), k.get, k.put, random)
		if err != nil || !bytes.Equal(key, bytes.Repeat([]byte{0xab}, 32)) || k.puts != 0 {
			t.Fatalf("key %x, err %v, puts %d", key, err, k.puts)
		}
	})
	t.Run("a bad secret is an error", func(t *testing.T) {
		k := &keeper{}
		if _, err := LoadOrCreateKey("tooshort", k.get, k.put, random); err == nil {
			t.Fatal("no error")
		}
	})
	t.Run("a kept key is used", func(t *testing.T) {
		k := &keeper{key: otherKey}
		key, err := LoadOrCreateKey("", k.get, k.put, random)
		if err != nil || !bytes.Equal(key, otherKey) || k.puts != 0 {
			t.Fatalf("key %x, err %v, puts %d", key, err, k.puts)
		}
	})
	t.Run("none kept: one is made and kept", func(t *testing.T) {
		k := &keeper{}
		key, err := LoadOrCreateKey("", k.get, k.put, bytes.NewReader(bytes.Repeat([]byte{9}, 64)))
		if err != nil || !bytes.Equal(key, bytes.Repeat([]byte{9}, KeySize)) || !bytes.Equal(k.key, key) || k.puts != 1 {
			t.Fatalf("key %x, kept %x, err %v, puts %d", key, k.key, err, k.puts)
		}
		again, err := LoadOrCreateKey("", k.get, k.put, bytes.NewReader(bytes.Repeat([]byte{5}, 64)))
		if err != nil || !bytes.Equal(again, key) {
			t.Fatalf("second start: key %x, err %v; want the kept %x", again, err, key)
		}
	})
	t.Run("another replica kept one first", func(t *testing.T) {
		k := &keeper{}
		first := true
		get := func() ([]byte, error) {
			if first { // nothing kept when this replica looks ...
				first = false
				return nil, nil
			}
			return k.get()
		}
		k.key = otherKey // ... then the other replica keeps its key
		key, err := LoadOrCreateKey("", get, k.put, random)
		if err != nil || !bytes.Equal(key, otherKey) {
			t.Fatalf("key %x, err %v; want the other replica's %x", key, err, otherKey)
		}
	})
	for _, tc := range []struct {
		name string
		k    *keeper
	}{
		{"get fails", &keeper{getErr: errors.New("disk")}},
		{"put fails", &keeper{putErr: errors.New("read-only")}},
		{"kept key too short", &keeper{key: []byte("short")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if key, err := LoadOrCreateKey("", tc.k.get, tc.k.put, random); err == nil {
				t.Fatalf("key %x, no error", key)
			}
		})
	}
	t.Run("no randomness", func(t *testing.T) {
		k := &keeper{}
		if _, err := LoadOrCreateKey("", k.get, k.put, bytes.NewReader(nil)); err == nil || k.puts != 0 {
			t.Fatalf("err %v, puts %d", err, k.puts)
		}
	})
}

func TestLink(t *testing.T) {
	for _, tc := range []struct{ base, want string }{
		{"https://bot.example.edu", "https://bot.example.edu/report/42?token=a.b"},
		{"https://bot.example.edu/", "https://bot.example.edu/report/42?token=a.b"},
		{"https://example.edu/paperbot/", "https://example.edu/paperbot/report/42?token=a.b"},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080/report/42?token=a.b"},
		{"https://example.edu/x?y=1#z", "https://example.edu/x/report/42?token=a.b"},
		{"", ""},
		{"bot.example.edu", ""},
		{"ftp://example.edu", ""},
		{"https://", ""},
		{"::", ""},
	} {
		got, err := Link(tc.base, "42", "a.b")
		if tc.want == "" {
			if err == nil {
				t.Errorf("Link(%q) = %q, want an error", tc.base, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("Link(%q) = %q, %v; want %q", tc.base, got, err, tc.want)
		}
	}
}

func TestPseudonym(t *testing.T) {
	a := Pseudonym(testKey, "1", "100")
	if len(a) != 12 || strings.Trim(a, "0123456789abcdef") != "" {
		t.Fatalf("Pseudonym = %q, want 12 hex digits", a)
	}
	if a != Pseudonym(testKey, "1", "100") {
		t.Error("not stable")
	}
	for name, other := range map[string]string{
		"another user":   Pseudonym(testKey, "1", "101"),
		"another server": Pseudonym(testKey, "2", "100"),
		"another key":    Pseudonym(otherKey, "1", "100"),
		"shifted bytes":  Pseudonym(testKey, "11", "00"),
	} {
		if other == a {
			t.Errorf("%s has the same pseudonym %s", name, a)
		}
	}
}
