package dashboard

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// TokenTTL is how long a /report link stays valid.
const TokenTTL = 24 * time.Hour

// Why a token is refused. ErrNoToken, ErrForged and ErrExpired mean the
// request carries no valid credentials (401: get a new link); ErrOtherServer
// means it carries valid ones that do not grant this server's page (403).
var (
	ErrNoToken     = errors.New("no token")
	ErrForged      = errors.New("token is not valid")
	ErrExpired     = errors.New("token has expired")
	ErrOtherServer = errors.New("token is for another server")
)

// tokenDomain separates the token's MAC from the pseudonyms' under one key.
const tokenDomain = "paperbot/report-token/v1\x00"

// Sign returns a token that opens guild's page until expiry: the payload
// "guild.expiry-unix-seconds" and its HMAC-SHA256 under key, each base64url
// without padding, joined by a dot. The guild is inside the MAC so a token
// cannot be moved to another server, and readable so a token for another
// server is told apart from a forged one.
func Sign(key []byte, guild string, expiry time.Time) string {
	payload := guild + "." + strconv.FormatInt(expiry.Unix(), 10)
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(payload)) + "." + enc.EncodeToString(tokenMAC(key, payload))
}

// Verify checks that token was signed with key for guild and has not
// expired at now. It returns nil, or an error wrapping ErrNoToken,
// ErrForged, ErrOtherServer or ErrExpired. The MAC is checked first, in
// constant time, so nothing is read from a forged token.
func Verify(key []byte, token, guild string, now time.Time) error {
	if token == "" {
		return ErrNoToken
	}
	if len(key) == 0 {
		return fmt.Errorf("%w: no key", ErrForged)
	}
	p64, m64, ok := strings.Cut(token, ".")
	enc := base64.RawURLEncoding
	payload, err1 := enc.DecodeString(p64)
	mac, err2 := enc.DecodeString(m64)
	if !ok || err1 != nil || err2 != nil {
		return fmt.Errorf("%w: malformed", ErrForged)
	}
	if !hmac.Equal(mac, tokenMAC(key, string(payload))) {
		return ErrForged
	}
	dot := strings.LastIndexByte(string(payload), '.')
	if dot < 0 {
		return fmt.Errorf("%w: malformed payload", ErrForged)
	}
	g, exp := string(payload[:dot]), string(payload[dot+1:])
	secs, err := strconv.ParseInt(exp, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: malformed payload", ErrForged)
	}
	if g != guild {
		return ErrOtherServer
	}
	if !now.Before(time.Unix(secs, 0)) {
		return fmt.Errorf("%w at %s", ErrExpired, time.Unix(secs, 0).UTC().Format(time.RFC3339))
	}
	return nil
}

func tokenMAC(key []byte, payload string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(tokenDomain))
	m.Write([]byte(payload))
	return m.Sum(nil)
}

// tokenExpiry reads the expiry of a token Verify accepted.
func tokenExpiry(token string) (time.Time, error) {
	p64, _, _ := strings.Cut(token, ".")
	payload, err := base64.RawURLEncoding.DecodeString(p64)
	if err != nil {
		return time.Time{}, err
	}
	s := string(payload)
	secs, err := strconv.ParseInt(s[strings.LastIndexByte(s, '.')+1:], 10, 64)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(secs, 0), nil
}

// Link is the address of guild's page under base (PAPERBOT_PUBLIC_URL, e.g.
// https://bot.example.edu or https://example.edu/paperbot behind a proxy
// that strips /paperbot), carrying token.
func Link(base, guild, token string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(base))
	if err != nil {
		return "", fmt.Errorf("PAPERBOT_PUBLIC_URL %q: %w", base, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("PAPERBOT_PUBLIC_URL %q: want an http or https URL such as https://bot.example.edu", base)
	}
	u.Path = strings.TrimRight(u.Path, "/") + "/report/" + guild
	u.RawPath = ""
	u.RawQuery = url.Values{"token": {token}}.Encode()
	u.Fragment = ""
	return u.String(), nil
}
