// server/examples/client.go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type finding struct {
	Rule, Code, Severity, Path, Message string
}

type result struct {
	OK       bool      `json:"ok"`
	Findings []finding `json:"findings"`
}

func main() {
	base := os.Getenv("BEIAN_CHECK_URL")
	if base == "" {
		base = "http://127.0.0.1:8787"
	}
	// One phone, as validatePhone(value, {kind: "mobile"}) in the browser.
	body, _ := json.Marshal(map[string]any{"value": "138 0013 8000", "options": map[string]string{"kind": "mobile"}})
	client := &http.Client{Timeout: 10 * time.Second}
	response, err := client.Post(base+"/v1/check/phone", "application/json", bytes.NewReader(body))
	if err != nil {
		panic(err)
	}
	defer response.Body.Close()
	if response.StatusCode != http.StatusOK { // 4xx: {"error": …, "message": …}
		var problem struct{ Error, Message string }
		json.NewDecoder(response.Body).Decode(&problem)
		panic(problem.Message)
	}
	var r result
	if err := json.NewDecoder(response.Body).Decode(&r); err != nil {
		panic(err)
	}
	fmt.Println("ok:", r.OK)
	for _, f := range r.Findings {
		fmt.Println(f.Severity, f.Code, f.Message)
	}
}
