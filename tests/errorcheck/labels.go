// errorcheck

// Labels: unused labels, undefined labels for goto/break/continue and
// labels that do not denote an enclosing loop.

package main

func main() {
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 2; i++ {
		break undefinedLabel // ERROR "break label not defined: undefinedLabel"
	}
	goto nowhere // ERROR "label nowhere not defined"
notLoop:
	println("x")
	for {
		continue notLoop // ERROR "invalid continue label notLoop"
	}
}
