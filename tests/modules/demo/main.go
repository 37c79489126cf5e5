package main

import (
	"fmt"

	"example.com/demo/internal/shape"
	"example.com/demo/util"
)

func main() {
	var s shape.Shape = shape.Rect{W: 3, H: 4}
	fmt.Println(util.Shout("hi"), util.Count, s.Area(), s)
}
