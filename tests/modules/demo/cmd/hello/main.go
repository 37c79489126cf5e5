package main

import (
	"fmt"

	"example.com/demo/util"
)

func main() { fmt.Println(util.Shout("hello from cmd")) }
