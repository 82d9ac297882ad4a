match command:
    case Click(position=(x, y)):
        handle_click_at(x, y)
        log(x)
    case KeyPress(key_name="Q") | Quit():
        game.quit()
